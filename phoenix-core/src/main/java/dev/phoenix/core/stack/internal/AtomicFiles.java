package dev.phoenix.core.stack.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes a file so that a reader sees either the old content or the new one, never a part: the
 * bytes go to a temporary file in the same directory (a rename is atomic only within one file
 * system), are forced to disk, and the temporary file is renamed over the target.
 */
public final class AtomicFiles {
  /** Temporary files start with this, so a later write can remove what a crash left. */
  public static final String TEMP_PREFIX = ".phoenix-staging-";
  private static final String TEMP_SUFFIX = ".tmp";

  private AtomicFiles() {
  }

  /** Writes {@code content} to {@code target} atomically with the permissions {@code mode}. */
  public static void write(Path target, byte[] content, Set<PosixFilePermission> mode) throws IOException {
    Path temp = writeTemp(target, content, mode);
    try {
      commit(temp, target);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /**
   * The first half of {@link #write}: the content, durable, in a temporary file beside
   * {@code target}, which is not touched yet.
   */
  public static Path writeTemp(Path target, byte[] content, Set<PosixFilePermission> mode) throws IOException {
    Path temp = Files.createTempFile(target.getParent(), TEMP_PREFIX + target.getFileName() + ".", TEMP_SUFFIX);
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    // createTempFile makes the file 0600; the reader is often another user.
    Files.setPosixFilePermissions(temp, mode);
    return temp;
  }

  /** The second half of {@link #write}: renames {@code temp} over {@code target} and makes the rename durable. */
  public static void commit(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system of " + target.getParent() + " cannot rename atomically", e);
    }
    forceDirectory(target.getParent());
  }

  /** Removes temporary files a crashed write left in {@code directory}. */
  public static void removeLeftovers(Path directory) throws IOException {
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
    }
  }

  // The rename lives in the directory's entries; forcing the directory makes it survive a crash.
  private static void forceDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }
}
