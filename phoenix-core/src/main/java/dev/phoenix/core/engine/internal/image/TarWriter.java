package dev.phoenix.core.engine.internal.image;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Writes an uncompressed tar archive as the Docker engine reads a build context: POSIX ustar
 * headers, with a PAX extended header for a path or link target longer than ustar holds.
 */
final class TarWriter implements AutoCloseable {
  private static final int BLOCK = 512;
  private static final int NAME_LENGTH = 100;
  private static final long MAX_SIZE = 077777777777L;
  private static final byte REGULAR = '0';
  private static final byte SYMLINK = '2';
  private static final byte DIRECTORY = '5';
  private static final byte PAX = 'x';

  private final OutputStream out;

  TarWriter(OutputStream out) {
    this.out = out;
  }

  /** Appends a regular file of {@code size} bytes read from {@code content}. */
  void file(String name, int mode, long mtimeSeconds, long size, InputStream content) throws IOException {
    if (size > MAX_SIZE) {
      throw new IOException("file too large for the build context (over 8 GiB): " + name);
    }
    header(name, "", REGULAR, mode, mtimeSeconds, size);
    long copied = content.transferTo(out);
    if (copied != size) {
      throw new IOException("file changed while the build context was written: " + name);
    }
    pad(size);
  }

  /** Appends a regular file held in memory. */
  void file(String name, int mode, long mtimeSeconds, byte[] content) throws IOException {
    header(name, "", REGULAR, mode, mtimeSeconds, content.length);
    out.write(content);
    pad(content.length);
  }

  /** Appends a directory. */
  void directory(String name, int mode, long mtimeSeconds) throws IOException {
    header(name.endsWith("/") ? name : name + "/", "", DIRECTORY, mode, mtimeSeconds, 0);
  }

  /** Appends a symbolic link to {@code target}. */
  void symlink(String name, String target, long mtimeSeconds) throws IOException {
    header(name, target, SYMLINK, 0777, mtimeSeconds, 0);
  }

  /** Ends the archive with its two zero blocks and flushes; the stream is left open. */
  @Override
  public void close() throws IOException {
    out.write(new byte[2 * BLOCK]);
    out.flush();
  }

  private void header(String name, String link, byte type, int mode, long mtime, long size) throws IOException {
    byte[] nameBytes = name.getBytes(UTF_8);
    byte[] linkBytes = link.getBytes(UTF_8);
    if (nameBytes.length > NAME_LENGTH || linkBytes.length > NAME_LENGTH) {
      StringBuilder records = new StringBuilder();
      if (nameBytes.length > NAME_LENGTH) {
        records.append(paxRecord("path", name));
      }
      if (linkBytes.length > NAME_LENGTH) {
        records.append(paxRecord("linkpath", link));
      }
      byte[] pax = records.toString().getBytes(UTF_8);
      out.write(ustar(truncated("PaxHeaders/" + name), new byte[0], PAX, 0644, mtime, pax.length));
      out.write(pax);
      pad(pax.length);
    }
    out.write(ustar(truncated(name), truncated(link), type, mode, mtime, size));
  }

  /** A PAX record, {@code "<length> <key>=<value>\n"}, whose length counts its own digits. */
  private static String paxRecord(String key, String value) {
    int body = (" " + key + "=" + value + "\n").getBytes(UTF_8).length;
    int length = body + String.valueOf(body).length();
    if (String.valueOf(length).length() != String.valueOf(body).length()) {
      length++;
    }
    return length + " " + key + "=" + value + "\n";
  }

  private static byte[] truncated(String text) {
    byte[] bytes = text.getBytes(UTF_8);
    return bytes.length <= NAME_LENGTH ? bytes : Arrays.copyOf(bytes, NAME_LENGTH);
  }

  private static byte[] ustar(byte[] name, byte[] link, byte type, int mode, long mtime, long size) {
    byte[] header = new byte[BLOCK];
    System.arraycopy(name, 0, header, 0, name.length);
    octal(header, 100, 8, mode & 07777);
    octal(header, 108, 8, 0);
    octal(header, 116, 8, 0);
    octal(header, 124, 12, size);
    octal(header, 136, 12, Math.max(0, mtime));
    header[156] = type;
    System.arraycopy(link, 0, header, 157, link.length);
    ascii(header, 257, "ustar\0");
    ascii(header, 263, "00");
    // The checksum is computed with its own field read as spaces.
    Arrays.fill(header, 148, 156, (byte) ' ');
    int sum = 0;
    for (byte b : header) {
      sum += b & 0xff;
    }
    octal(header, 148, 7, sum);
    return header;
  }

  private void pad(long size) throws IOException {
    int rest = (int) (size % BLOCK);
    if (rest != 0) {
      out.write(new byte[BLOCK - rest]);
    }
  }

  /** Writes {@code value} as zero-padded octal digits followed by a NUL, filling {@code length} bytes. */
  private static void octal(byte[] header, int offset, int length, long value) {
    String digits = Long.toOctalString(value);
    ascii(header, offset, "0".repeat(length - 1 - digits.length()) + digits + "\0");
  }

  private static void ascii(byte[] header, int offset, String text) {
    byte[] bytes = text.getBytes(US_ASCII);
    System.arraycopy(bytes, 0, header, offset, bytes.length);
  }
}
