package dev.phoenix.core.lint.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A host port a service publishes: host address (empty for all), port and protocol. Two clash
 * when protocol and port are equal and the addresses overlap: equal, or one of them is all
 * addresses ({@code 0.0.0.0}, {@code ::} or none).
 */
record PublishedPort(String hostIp, int port, String protocol) {
  /** More ports than this in one range is a typo, not a plan; only the start is claimed then. */
  private static final int MAX_RANGE = 1024;

  boolean clashesWith(PublishedPort other) {
    return port == other.port && protocol.equals(other.protocol)
        && (hostIp.equals(other.hostIp) || isAny(hostIp) || isAny(other.hostIp));
  }

  String describe() {
    return "host port " + (hostIp.isEmpty() ? "" : hostIp + ":") + port + "/" + protocol;
  }

  private static boolean isAny(String ip) {
    return ip.isEmpty() || ip.equals("0.0.0.0") || ip.equals("::");
  }

  /**
   * The host ports of a short-syntax entry, {@code [ip:][host[-end]:]container[-end][/protocol]};
   * none when no host port is given (Docker picks one) or the entry cannot be read.
   */
  static List<PublishedPort> parseShort(String entry) {
    String text = entry.trim();
    String protocol = "tcp";
    int slash = text.lastIndexOf('/');
    if (slash >= 0) {
      protocol = text.substring(slash + 1).toLowerCase(java.util.Locale.ROOT);
      text = text.substring(0, slash);
    }
    String ip = "";
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != ':') {
        return List.of();
      }
      ip = text.substring(1, close);
      text = text.substring(close + 2);
    }
    String[] parts = text.split(":", -1);
    String host;
    if (parts.length == 2) {
      host = parts[0];
    } else if (parts.length == 3 && ip.isEmpty()) {
      ip = parts[0];
      host = parts[1];
    } else {
      return List.of();
    }
    return range(ip, host, protocol);
  }

  /** The host ports of a long-syntax entry's {@code host_ip}, {@code published} and {@code protocol}. */
  static List<PublishedPort> parseLong(String hostIp, String published, String protocol) {
    if (published == null) {
      return List.of();
    }
    return range(hostIp == null ? "" : hostIp, published.trim(),
        protocol == null ? "tcp" : protocol.toLowerCase(java.util.Locale.ROOT));
  }

  private static List<PublishedPort> range(String ip, String host, String protocol) {
    if (host.isEmpty()) {
      return List.of();
    }
    int dash = host.indexOf('-');
    try {
      int first = Integer.parseInt(dash < 0 ? host : host.substring(0, dash));
      int last = dash < 0 ? first : Integer.parseInt(host.substring(dash + 1));
      if (last < first || last - first > MAX_RANGE) {
        last = first;
      }
      List<PublishedPort> ports = new ArrayList<>();
      for (int port = first; port <= last; port++) {
        ports.add(new PublishedPort(ip, port, protocol));
      }
      return ports;
    } catch (NumberFormatException e) {
      return List.of();
    }
  }
}
