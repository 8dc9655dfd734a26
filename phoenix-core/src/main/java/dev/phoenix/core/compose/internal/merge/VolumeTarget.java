package dev.phoenix.core.compose.internal.merge;

import java.nio.charset.StandardCharsets;

/**
 * The container path of a short-syntax volume ({@code [SOURCE:]TARGET[:MODE]}), found as
 * compose-go's volume parser finds it: a one-letter section followed by a colon is a Windows
 * drive, and colons inside {@code ${...}} do not split.
 */
final class VolumeTarget {
  private static final int END = 0;

  private VolumeTarget() {
  }

  /**
   * The target of {@code spec}.
   *
   * @throws IllegalArgumentException with compose-go's wording when the spec is malformed
   */
  static String of(String spec) {
    if (spec.isEmpty()) {
      throw new IllegalArgumentException("invalid empty volume spec");
    }
    if (spec.getBytes(StandardCharsets.UTF_8).length <= 2) {
      return spec;
    }
    String source = "";
    String target = "";
    StringBuilder buffer = new StringBuilder();
    int bufferCodePoints = 0;
    int substitutionDepth = 0;
    int i = 0;
    while (i <= spec.length()) {
      int c = i < spec.length() ? spec.codePointAt(i) : END;
      int next = i + (i < spec.length() ? Character.charCount(c) : 1);
      boolean opens = c == '$' && i + 1 < spec.length() && spec.charAt(i + 1) == '{';
      boolean closes = !opens && c == '}' && substitutionDepth > 0;
      substitutionDepth += opens ? 1 : closes ? -1 : 0;
      // a single letter before a colon is a Windows drive, and the colon belongs to the path
      boolean drive = c == ':' && bufferCodePoints == 1 && Character.isLetter(buffer.codePointAt(0));
      if (!opens && !closes && !drive && (c == ':' || c == END) && substitutionDepth == 0) {
        if (buffer.length() == 0) {
          throw invalid(spec, "empty section between colons");
        }
        String section = buffer.toString();
        if (source.isEmpty() && c == END) {
          target = section;
        } else if (source.isEmpty()) {
          source = section;
        } else if (target.isEmpty()) {
          target = section;
        } else if (c == ':') {
          throw invalid(spec, "too many colons");
        }
        buffer.setLength(0);
        bufferCodePoints = 0;
      } else {
        buffer.appendCodePoint(c);
        bufferCodePoints++;
      }
      i = next;
    }
    return target;
  }

  private static IllegalArgumentException invalid(String spec, String reason) {
    return new IllegalArgumentException("invalid spec: " + spec + ": " + reason);
  }
}
