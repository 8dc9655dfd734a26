package dev.phoenix.core.tls;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** The protocol versions a TLS ClientHello offers, read from its supported_versions extension (RFC 8446 4.2.1). */
final class ClientHello {
  private static final int SUPPORTED_VERSIONS = 0x002b;

  private ClientHello() {
  }

  static List<String> supportedVersions(byte[] handshake) {
    ByteBuffer in = ByteBuffer.wrap(handshake);
    if (in.get() != 1) {
      throw new AssertionError("not a ClientHello");
    }
    in.position(in.position() + 3 + 2 + 32);
    skip(in, Byte.toUnsignedInt(in.get()));
    skip(in, Short.toUnsignedInt(in.getShort()));
    skip(in, Byte.toUnsignedInt(in.get()));
    int end = Short.toUnsignedInt(in.getShort()) + in.position();
    while (in.position() < end) {
      int type = Short.toUnsignedInt(in.getShort());
      int length = Short.toUnsignedInt(in.getShort());
      if (type != SUPPORTED_VERSIONS) {
        skip(in, length);
        continue;
      }
      List<String> versions = new ArrayList<>();
      int count = Byte.toUnsignedInt(in.get()) / 2;
      for (int i = 0; i < count; i++) {
        versions.add(name(Short.toUnsignedInt(in.getShort())));
      }
      return versions;
    }
    throw new AssertionError("no supported_versions extension");
  }

  private static void skip(ByteBuffer in, int length) {
    in.position(in.position() + length);
  }

  private static String name(int version) {
    return switch (version) {
      case 0x0304 -> "TLSv1.3";
      case 0x0303 -> "TLSv1.2";
      case 0x0302 -> "TLSv1.1";
      case 0x0301 -> "TLSv1";
      default -> String.format("0x%04x", version);
    };
  }
}
