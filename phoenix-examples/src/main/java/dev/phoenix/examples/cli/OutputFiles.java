package dev.phoenix.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing a command's output file. */
final class OutputFiles {
  private OutputFiles() {
  }

  /** Writes beside the target and renames, so a reader never sees half a file. */
  static void writeAtomically(Path output, String document) {
    Path target = output.toAbsolutePath();
    try {
      Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try {
        Files.writeString(temporary, document, StandardCharsets.UTF_8);
        try {
          Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UsageException("cannot write " + output + ": " + e.getMessage());
    }
  }
}
