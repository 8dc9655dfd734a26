package dev.phoenix.core.compose.internal.normalize;

/**
 * Recognises IP address literals as Go's {@code net.ParseIP} does (dotted IPv4 without leading
 * zeros, IPv6 with {@code ::} and an optional trailing IPv4 part, no zone), without any name lookup.
 */
final class IpLiterals {
  private IpLiterals() {
  }

  static boolean isValid(String text) {
    return text.indexOf(':') >= 0 ? isIpv6(text) : isIpv4(text, 0, text.length());
  }

  private static boolean isIpv4(String text, int from, int to) {
    int parts = 0;
    int i = from;
    while (true) {
      int start = i;
      int value = 0;
      while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        value = value * 10 + (text.charAt(i) - '0');
        i++;
        if (i - start > 3 || value > 255) {
          return false;
        }
      }
      if (i == start || i - start > 1 && text.charAt(start) == '0') {
        return false;
      }
      parts++;
      if (i == to) {
        return parts == 4;
      }
      if (text.charAt(i) != '.' || parts == 4) {
        return false;
      }
      i++;
    }
  }

  private static boolean isIpv6(String text) {
    int groups = 0;
    boolean compressed = false;
    int i = 0;
    int n = text.length();
    if (text.startsWith("::")) {
      compressed = true;
      i = 2;
      if (i == n) {
        return true;
      }
    }
    while (i < n) {
      int start = i;
      while (i < n && Character.digit(text.charAt(i), 16) >= 0 && i - start < 5) {
        i++;
      }
      int length = i - start;
      if (i < n && text.charAt(i) == '.') {
        // an embedded IPv4 address takes the last 32 bits
        if (!isIpv4(text, start, n)) {
          return false;
        }
        groups += 2;
        i = n;
        break;
      }
      if (length == 0 || length > 4) {
        return false;
      }
      groups++;
      if (i == n) {
        break;
      }
      if (text.charAt(i) != ':') {
        return false;
      }
      i++;
      if (i < n && text.charAt(i) == ':') {
        if (compressed) {
          return false;
        }
        compressed = true;
        i++;
        if (i == n) {
          break;
        }
      } else if (i == n) {
        return false;
      }
      if (groups > 8) {
        return false;
      }
    }
    return compressed ? groups < 8 : groups == 8;
  }
}
