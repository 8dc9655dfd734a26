package dev.phoenix.core.compose.internal.load;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeFileException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A compose file: its absolute path (null for text given in code), the name errors show, and its
 * text.
 */
record SourceFile(Path path, String displayName, String content) {

  /** Reads a file, turning every I/O failure into an error that names the file. */
  static SourceFile read(Path path, Path currentDirectory, String role) {
    Path absolute = path.toAbsolutePath().normalize();
    String display = display(absolute, currentDirectory);
    try {
      if (Files.isDirectory(absolute)) {
        throw new ComposeFileException(SourceLocation.ofFile(display), null,
            role + " is a directory, not a file");
      }
      return new SourceFile(absolute, display, Files.readString(absolute));
    } catch (NoSuchFileException e) {
      throw new ComposeFileException(SourceLocation.ofFile(display), null, role + " not found", e);
    } catch (AccessDeniedException e) {
      throw new ComposeFileException(SourceLocation.ofFile(display), null, role + " is not readable: permission denied", e);
    } catch (CharacterCodingException e) {
      throw new ComposeFileException(SourceLocation.ofFile(display), null, role + " is not valid UTF-8 text", e);
    } catch (IOException e) {
      throw new ComposeFileException(SourceLocation.ofFile(display), null, role + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** Paths below the current directory are shown relative to it, like the docker CLI shows them. */
  static String display(Path absolute, Path currentDirectory) {
    if (currentDirectory != null && absolute.startsWith(currentDirectory) && !absolute.equals(currentDirectory)) {
      return currentDirectory.relativize(absolute).toString();
    }
    return absolute.toString();
  }
}
