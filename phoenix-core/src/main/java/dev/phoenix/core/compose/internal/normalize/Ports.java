package dev.phoenix.core.compose.internal.normalize;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.core.compose.internal.tree.TreeCopy;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ports}: every short form ({@code 3000}, {@code "8000:8000"}, {@code "9090-9091:8080-8081"},
 * {@code "127.0.0.1:5000-5010:5000-5010"}, {@code "[::1]:80:80/udp"}) becomes one long-form entry
 * per container port, {@code published} is a string, and {@code protocol: tcp} / {@code mode:
 * ingress} are filled in. Entries that turn out equal are merged, the later one winning.
 */
final class Ports {
  private static final List<String> FIELD_ORDER = List.of("name", "mode", "host_ip", "target", "published", "protocol", "app_protocol");

  private Ports() {
  }

  static YamlList canonical(Object value, At at) {
    List<?> entries = Trees.list(value, at);
    YamlList result = Trees.listFrom(entries);
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Object entry = entries.get(i);
      At here = at.index(i);
      for (YamlMap port : entry(entry, here)) {
        String key = key(port);
        Integer earlier = seen.get(key);
        if (earlier != null) {
          result.set(earlier, port);
        } else {
          seen.put(key, result.size());
          Trees.add(result, entries, i, port);
        }
      }
    }
    return result;
  }

  private static List<YamlMap> entry(Object entry, At at) {
    if (entry instanceof String spec) {
      try {
        List<YamlMap> parsed = parseShort(spec);
        SourceLocation location = at.location();
        parsed.forEach(port -> port.location(location));
        return parsed;
      } catch (IllegalArgumentException e) {
        throw at.invalid("invalid port \"" + spec + "\": " + e.getMessage());
      }
    }
    if (entry instanceof Map<?, ?> map) {
      return List.of(longForm(map, at));
    }
    Long number = entry instanceof Boolean ? null : GoValues.toLong(entry);
    if (number == null) {
      throw at.invalid("invalid type " + GoValues.describe(entry) + " for port");
    }
    YamlMap port = new YamlMap(at.location());
    port.put("mode", "ingress");
    port.put("target", number);
    port.put("protocol", "tcp");
    return List.of(port);
  }

  private static YamlMap longForm(Map<?, ?> map, At at) {
    YamlMap port = Trees.mapFrom(map);
    for (String field : FIELD_ORDER) {
      if (map.containsKey(field)) {
        Object value = map.get(field);
        At here = at.key(field);
        if (field.equals("target")) {
          value = GoValues.requireLong(value, here);
        } else if (field.equals("published") && value != null) {
          value = GoValues.sprint(value);
        }
        Trees.put(port, map, field, value);
      }
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      if (!FIELD_ORDER.contains(key)) {
        Trees.put(port, map, key, TreeCopy.deep(entry.getValue()));
      }
    }
    port.putIfAbsent("protocol", "tcp");
    port.putIfAbsent("mode", "ingress");
    return port;
  }

  /** The identity of a port for de-duplication: {@code host_ip:published:target/protocol}. */
  private static String key(YamlMap port) {
    Object host = port.get("host_ip");
    Object published = port.get("published");
    return (host instanceof String ip ? ip : "0.0.0.0") + ":" + (published == null ? "" : published) + ":" + port.get("target") + "/" + port.get("protocol");
  }

  /**
   * The long-form entries of one short-syntax port, as docker's {@code nat.ParsePortSpec} and
   * Compose's {@code ParsePortConfig} produce them: ordered by the text {@code port/protocol}.
   */
  static List<YamlMap> parseShort(String raw) {
    String[] parts = raw.split(":", -1);
    int n = parts.length;
    String containerPart = parts[n - 1];
    String ip = "";
    String hostPort = "";
    if (n == 2) {
      hostPort = parts[0];
    } else if (n == 3) {
      ip = parts[0];
      hostPort = parts[1];
    } else if (n > 3) {
      ip = String.join(":", Arrays.copyOfRange(parts, 0, n - 2));
      hostPort = parts[n - 2];
    }
    String[] protoPort = splitProtocol(containerPart);
    String protocol = protoPort[0];
    String containerPort = protoPort[1];
    if (!ip.isEmpty() && ip.charAt(0) == '[') {
      if (!ip.endsWith("]") || ip.indexOf(']') != ip.length() - 1) {
        throw new IllegalArgumentException("invalid IP address " + ip + ": missing ']' in address");
      }
      ip = ip.substring(1, ip.length() - 1);
    }
    if (!ip.isEmpty() && !IpLiterals.isValid(ip)) {
      throw new IllegalArgumentException("invalid IP address: " + ip);
    }
    if (containerPort.isEmpty()) {
      throw new IllegalArgumentException("no port specified: " + raw + "<empty>");
    }
    long[] container = range(containerPort, "invalid containerPort: " + containerPort);
    long[] host = {0, 0};
    if (!hostPort.isEmpty()) {
      host = range(hostPort, "invalid hostPort: " + hostPort);
      if (container[1] - container[0] != host[1] - host[0] && container[1] != container[0]) {
        throw new IllegalArgumentException("invalid ranges specified for container and host Ports: " + containerPort + " and " + hostPort);
      }
    }
    String proto = protocol.toLowerCase(Locale.ROOT);
    if (!proto.equals("tcp") && !proto.equals("udp") && !proto.equals("sctp")) {
      throw new IllegalArgumentException("invalid proto: " + protocol);
    }
    TreeMap<String, YamlMap> byKey = new TreeMap<>();
    for (long i = 0; i <= container[1] - container[0]; i++) {
      long target = container[0] + i;
      String published = hostPort.isEmpty() ? "" : Long.toString(host[0] + i);
      if (container[0] == container[1] && host[0] != host[1]) {
        published = published + "-" + host[1];
      }
      YamlMap port = new YamlMap();
      port.put("mode", "ingress");
      if (!ip.isEmpty()) {
        port.put("host_ip", ip);
      }
      port.put("target", target);
      if (!published.isEmpty()) {
        port.put("published", published);
      }
      port.put("protocol", proto);
      byKey.put(target + "/" + proto, port);
    }
    return new ArrayList<>(byKey.values());
  }

  /** {@code tcp} unless a protocol follows a slash; an empty port when nothing precedes it. */
  private static String[] splitProtocol(String raw) {
    String[] parts = raw.split("/", -1);
    if (raw.isEmpty() || parts[0].isEmpty()) {
      return new String[] {"", ""};
    }
    if (parts.length == 1 || parts[1].isEmpty()) {
      return new String[] {"tcp", parts[0]};
    }
    return new String[] {parts[1], parts[0]};
  }

  /** A port or {@code start-end} range of ports, each 0 to 65535. */
  private static long[] range(String text, String error) {
    int dash = text.indexOf('-');
    if (dash < 0) {
      long port = port(text, error);
      return new long[] {port, port};
    }
    String[] bounds = text.split("-", -1);
    long start = port(bounds[0], error);
    long end = port(bounds[1], error);
    if (end < start) {
      throw new IllegalArgumentException(error);
    }
    return new long[] {start, end};
  }

  private static long port(String text, String error) {
    if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(error);
    }
    long value = Long.parseLong(text);
    if (value > 65535) {
      throw new IllegalArgumentException(error);
    }
    return value;
  }
}
