package dev.phoenix.core.compose.internal.normalize;

import dev.phoenix.core.compose.internal.tree.YamlList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code extra_hosts}: a map ({@code host: ip} or {@code host: [ip, ...]}) or a list of
 * {@code host:ip} / {@code host=ip} (several comma-separated addresses allowed) becomes the sorted
 * list of {@code host=ip} that Compose writes; brackets around IPv6 addresses are dropped.
 */
final class HostLists {
  private HostLists() {
  }

  static YamlList canonical(Object value, At at) {
    List<String> entries = new ArrayList<>();
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String host = String.valueOf(entry.getKey());
        At here = at.key(host);
        Object addresses = entry.getValue();
        if (addresses instanceof List<?> list) {
          for (int i = 0; i < list.size(); i++) {
            entries.add(entry(host, Mappings.scalarText(list.get(i), here.index(i)), here));
          }
        } else {
          entries.add(entry(host, addresses == null ? "" : Mappings.scalarText(addresses, here), here));
        }
      }
    } else {
      List<?> list = Trees.list(value, at);
      for (int i = 0; i < list.size(); i++) {
        At here = at.index(i);
        String text = Mappings.scalarText(list.get(i), here);
        int separator = text.indexOf('=');
        if (separator < 0) {
          separator = text.indexOf(':');
        }
        if (separator < 0) {
          throw here.invalid("invalid additional host, missing IP: " + text);
        }
        String host = text.substring(0, separator);
        for (String address : text.substring(separator + 1).split(",", -1)) {
          entries.add(entry(host, address, here));
        }
      }
    }
    Collections.sort(entries);
    YamlList result = new YamlList(at.location());
    result.addAll(entries);
    return result;
  }

  private static String entry(String host, String address, At at) {
    if (host.isEmpty() || host.indexOf(':') >= 0 || host.indexOf('=') >= 0) {
      throw at.invalid("bad host name '" + host + "'");
    }
    String ip = address.length() > 2 && address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
    return host + "=" + ip;
  }
}
