package dev.phoenix.core.tls.internal;

import dev.phoenix.api.endpoint.TlsConfigurationException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files written whole or not at all: a temporary file in the same directory, created owner-only so
 * that a key is never readable by others even for a moment, flushed to disk, given its final
 * permissions, then renamed over the target. The certificate authority and the docker CLI's
 * context store both write this way.
 */
public final class SecureFiles {
  /** Owner read and write: private keys. */
  public static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");
  /** Owner read and write, everyone read: certificates. */
  public static final Set<PosixFilePermission> PUBLIC = PosixFilePermissions.fromString("rw-r--r--");

  private SecureFiles() {
  }

  /**
   * Writes {@code content} to {@code target} atomically with {@code permissions} (where the file
   * system has POSIX permissions), creating its directory when missing.
   *
   * @throws TlsConfigurationException when the file cannot be written
   */
  public static void write(Path target, String content, Set<PosixFilePermission> permissions) {
    Path file = target.toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
      writeAtomically(file, content.getBytes(StandardCharsets.UTF_8), permissions);
    } catch (IOException e) {
      throw new TlsConfigurationException(file.toString(), "cannot be written (" + e.getClass().getSimpleName()
          + ": " + e.getMessage() + ")", "make the directory writable by the user running Phoenix", e);
    }
  }

  /**
   * Writes {@code content} to {@code target} so that a reader sees the old file or the new one,
   * never half of one, with {@code permissions} (where the file system has POSIX permissions). The
   * directory must exist.
   */
  public static void writeAtomically(Path target, byte[] content, Set<PosixFilePermission> permissions)
      throws IOException {
    Path file = target.toAbsolutePath();
    Path directory = file.getParent();
    boolean posix = Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class);
    String prefix = "." + file.getFileName() + ".";
    Path temp = posix
        ? Files.createTempFile(directory, prefix, ".tmp", PosixFilePermissions.asFileAttribute(PRIVATE))
        : Files.createTempFile(directory, prefix, ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      if (posix) {
        // Set after writing, and explicitly, so that the umask cannot change what was asked for.
        Files.setPosixFilePermissions(temp, permissions);
      }
      move(temp, file);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        // The original failure is what the caller needs to see.
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /** The permissions of an existing file, or {@code fallback} when it has none to tell. */
  public static Set<PosixFilePermission> permissionsOf(Path file, Set<PosixFilePermission> fallback) {
    try {
      return Files.getPosixFilePermissions(file);
    } catch (IOException | UnsupportedOperationException e) {
      return fallback;
    }
  }

  private static void move(Path temp, Path file) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
