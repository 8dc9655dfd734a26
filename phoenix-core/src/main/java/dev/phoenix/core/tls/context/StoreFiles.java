package dev.phoenix.core.tls.context;

import dev.phoenix.api.endpoint.EndpointResolutionException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** File operations of the context store, with the modes the docker CLI gives its files. */
final class StoreFiles {
  /** Modes of the public part of the store: {@code contexts/meta}. */
  static final Set<PosixFilePermission> PUBLIC_DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");
  static final Set<PosixFilePermission> PUBLIC_FILE = PosixFilePermissions.fromString("rw-r--r--");
  /** Modes of key material ({@code contexts/tls}) and of a new {@code config.json}. */
  static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private StoreFiles() {
  }

  /** Creates {@code directory} and its missing parents with {@code mode}. */
  static void createDirectories(Path directory, Set<PosixFilePermission> mode) throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    Path parent = directory.getParent();
    if (parent != null) {
      createDirectories(parent, mode);
    }
    Files.createDirectory(directory);
    setMode(directory, mode);
  }

  /**
   * Writes {@code content} to {@code file} so that a reader sees the old file or the new one, never
   * half of one: a temporary file in the same directory, flushed, then renamed over the target.
   */
  static void writeAtomically(Path file, byte[] content, Set<PosixFilePermission> mode) throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
    try {
      setMode(temporary, mode);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Copies one TLS file into the store, readable by its owner only. */
  static void copyPrivate(String context, Path source, Path target) {
    if (!Files.isRegularFile(source)) {
      throw new EndpointResolutionException(
          "cannot create context \"" + context + "\": TLS file " + source + " does not exist or is not a file", List.of());
    }
    try {
      writeAtomically(target, Files.readAllBytes(source), PRIVATE_FILE);
    } catch (IOException e) {
      throw new EndpointResolutionException(
          "cannot create context \"" + context + "\": copying " + source + " to " + target + " failed: " + e.getMessage(),
          List.of());
    }
  }

  /** Deletes {@code directory} and everything under it, if it exists. */
  static void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** The mode of an existing file, to keep it on rewrite; {@code fallback} where modes are unknown. */
  static Set<PosixFilePermission> modeOf(Path file, Set<PosixFilePermission> fallback) throws IOException {
    return POSIX && Files.exists(file) ? Files.getPosixFilePermissions(file) : fallback;
  }

  private static void setMode(Path path, Set<PosixFilePermission> mode) throws IOException {
    if (POSIX) {
      Files.setPosixFilePermissions(path, mode);
    }
  }
}
