package dev.phoenix.testing;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * An uncompressed POSIX ustar archive built in memory: the build context the Docker engine reads.
 * Entries carry a fixed owner and modification time, so equal content gives equal bytes.
 */
final class TarArchive {

    private static final int BLOCK = 512;
    private static final int NAME_LENGTH = 100;
    private static final long MODIFIED = 0L;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /**
     * Appends a regular file.
     *
     * @param name    the path inside the archive, relative, at most 100 bytes
     * @param mode    the permission bits, for example {@code 0755}
     * @param content the file's bytes
     * @return this archive
     */
    TarArchive file(String name, int mode, byte[] content) {
        out.writeBytes(header(name, mode, content.length));
        out.writeBytes(content);
        int rest = content.length % BLOCK;
        if (rest != 0) {
            out.writeBytes(new byte[BLOCK - rest]);
        }
        return this;
    }

    /**
     * Ends the archive with its two zero blocks and returns its bytes.
     *
     * @return the complete archive
     */
    byte[] finish() {
        out.writeBytes(new byte[2 * BLOCK]);
        return out.toByteArray();
    }

    private static byte[] header(String name, int mode, long size) {
        byte[] nameBytes = name.getBytes(UTF_8);
        if (nameBytes.length > NAME_LENGTH) {
            throw new IllegalArgumentException("tar entry name longer than 100 bytes: " + name);
        }
        byte[] header = new byte[BLOCK];
        System.arraycopy(nameBytes, 0, header, 0, nameBytes.length);
        octal(header, 100, 8, mode);
        octal(header, 108, 8, 0);
        octal(header, 116, 8, 0);
        octal(header, 124, 12, size);
        octal(header, 136, 12, MODIFIED);
        header[156] = '0';
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

    /** Writes {@code value} as zero-padded octal digits followed by a NUL, filling {@code length} bytes. */
    private static void octal(byte[] header, int offset, int length, long value) {
        String digits = Long.toOctalString(value);
        if (digits.length() > length - 1) {
            throw new IllegalArgumentException("value too large for a tar header field: " + value);
        }
        ascii(header, offset, "0".repeat(length - 1 - digits.length()) + digits + "\0");
    }

    private static void ascii(byte[] header, int offset, String text) {
        byte[] bytes = text.getBytes(US_ASCII);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
}
