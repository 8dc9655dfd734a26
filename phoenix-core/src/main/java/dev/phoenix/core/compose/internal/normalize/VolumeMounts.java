package dev.phoenix.core.compose.internal.normalize;

import dev.phoenix.core.compose.internal.tree.TreeCopy;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Service {@code volumes}: the short syntax {@code [SOURCE:]TARGET[:OPTIONS]} becomes the long form.
 * A source starting with {@code .}, {@code /}, {@code ~}, a drive letter or {@code \\} is a bind
 * mount, any other source a named volume, no source an anonymous volume. As in Compose's own
 * output, a bind gets {@code bind: {}} (its {@code create_host_path} default of true is not
 * written) and a volume {@code volume: {}}.
 */
final class VolumeMounts {
  private static final Set<String> PROPAGATIONS = Set.of("rprivate", "private", "rshared", "shared", "rslave", "slave");
  private static final Set<String> SELINUX = Set.of("z", "Z");
  private static final int END = 0;

  private VolumeMounts() {
  }

  static YamlList canonical(Object value, At at, PathResolver paths) {
    List<?> entries = Trees.list(value, at);
    YamlList result = Trees.listFrom(entries);
    Map<Object, Integer> byTarget = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      At here = at.index(i);
      YamlMap mount = entry(entries.get(i), here, paths);
      Object target = mount.get("target");
      Integer earlier = target == null ? null : byTarget.get(target);
      if (earlier != null) {
        result.set(earlier, mount);
      } else {
        if (target != null) {
          byTarget.put(target, result.size());
        }
        Trees.add(result, entries, i, mount);
      }
    }
    return result;
  }

  private static YamlMap entry(Object entry, At at, PathResolver paths) {
    YamlMap mount;
    if (entry instanceof String spec) {
      try {
        mount = parseShort(spec);
      } catch (IllegalArgumentException e) {
        throw at.invalid(e.getMessage());
      }
      mount.location(at.location());
    } else if (entry instanceof Map<?, ?> map) {
      mount = longForm(map, at);
    } else {
      throw at.invalid("invalid type " + GoValues.describe(entry) + " for service volume mount");
    }
    if ("bind".equals(mount.get("type"))) {
      if (!(mount.get("source") instanceof String source) || source.isEmpty()) {
        throw at.invalid("invalid mount config for type \"bind\": field Source must not be empty");
      }
      mount.put("source", paths.hostPath(source));
    }
    return mount;
  }

  private static YamlMap longForm(Map<?, ?> map, At at) {
    YamlMap mount = Trees.mapFrom(map);
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Object value = entry.getValue();
      At here = at.key(key);
      Object converted = switch (key) {
        case "bind" -> bind(value, here);
        case "volume" -> volume(value, here);
        case "tmpfs" -> tmpfs(value, here);
        default -> TreeCopy.deep(value);
      };
      Trees.put(mount, map, key, converted);
    }
    return mount;
  }

  private static YamlMap bind(Object value, At at) {
    Map<?, ?> bind = value == null ? Map.of() : Trees.map(value, at);
    YamlMap result = Trees.mapFrom(bind);
    for (Map.Entry<?, ?> entry : bind.entrySet()) {
      String key = String.valueOf(entry.getKey());
      // create_host_path defaults to true and, as in Compose's output, is only written when false
      if (!key.equals("create_host_path") || !GoValues.isTrue(entry.getValue())) {
        Trees.put(result, bind, key, key.equals("create_host_path") ? Boolean.FALSE : TreeCopy.deep(entry.getValue()));
      }
    }
    return result;
  }

  private static YamlMap volume(Object value, At at) {
    Map<?, ?> volume = value == null ? Map.of() : Trees.map(value, at);
    YamlMap result = Trees.mapFrom(volume);
    for (Map.Entry<?, ?> entry : volume.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Object converted = key.equals("labels") ? Mappings.strings(entry.getValue(), at.key(key)) : TreeCopy.deep(entry.getValue());
      Trees.put(result, volume, key, converted);
    }
    return result;
  }

  private static YamlMap tmpfs(Object value, At at) {
    Map<?, ?> tmpfs = value == null ? Map.of() : Trees.map(value, at);
    YamlMap result = Trees.mapFrom(tmpfs);
    for (Map.Entry<?, ?> entry : tmpfs.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Object converted = key.equals("size") ? ByteUnits.canonical(entry.getValue(), at.key(key)) : TreeCopy.deep(entry.getValue());
      Trees.put(result, tmpfs, key, converted);
    }
    return result;
  }

  /** The long form of one short-syntax volume, as Compose's {@code format.ParseVolume} reads it. */
  static YamlMap parseShort(String spec) {
    if (spec.isEmpty()) {
      throw new IllegalArgumentException("invalid empty volume spec");
    }
    Parsed volume = new Parsed();
    if (spec.codePointCount(0, spec.length()) <= 2) {
      volume.target = spec;
      return volume.toMap(false);
    }
    StringBuilder buffer = new StringBuilder();
    int depth = 0;
    int i = 0;
    while (i <= spec.length()) {
      int c = i < spec.length() ? spec.codePointAt(i) : END;
      int next = i + (i < spec.length() ? Character.charCount(c) : 1);
      if (c == '$' && next < spec.length() && spec.charAt(next) == '{') {
        depth++;
        buffer.appendCodePoint(c);
      } else if (c == '}' && depth > 0) {
        depth--;
        buffer.appendCodePoint(c);
      } else if (c == ':' && buffer.codePointCount(0, buffer.length()) == 1 && Character.isLetter(buffer.codePointAt(0))) {
        // a Windows drive letter, as in C:\data
        buffer.appendCodePoint(c);
      } else if ((c == ':' || c == END) && depth == 0) {
        try {
          volume.field(c, buffer.toString());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("invalid spec: " + spec + ": " + e.getMessage(), e);
        }
        buffer.setLength(0);
      } else {
        buffer.appendCodePoint(c);
      }
      i = next;
    }
    return volume.toMap(true);
  }

  /** The fields of a short-syntax volume while it is being read. */
  private static final class Parsed {
    String source = "";
    String target = "";
    boolean readOnly;
    boolean noCopy;
    String propagation;
    String selinux;
    boolean bindOptions;

    void field(int separator, String text) {
      if (text.isEmpty()) {
        throw new IllegalArgumentException("empty section between colons");
      }
      if (source.isEmpty() && separator == END) {
        target = text;
      } else if (source.isEmpty()) {
        source = text;
      } else if (target.isEmpty()) {
        target = text;
      } else if (separator == ':') {
        throw new IllegalArgumentException("too many colons");
      } else {
        for (String option : text.split(",", -1)) {
          switch (option) {
            case "ro" -> readOnly = true;
            case "rw" -> readOnly = false;
            case "nocopy" -> noCopy = true;
            default -> {
              if (PROPAGATIONS.contains(option)) {
                propagation = option;
                bindOptions = true;
              } else if (SELINUX.contains(option)) {
                selinux = option;
                bindOptions = true;
              }
            }
          }
        }
      }
    }

    YamlMap toMap(boolean withType) {
      boolean bind = isHostPath(source);
      YamlMap result = new YamlMap();
      result.put("type", bind ? "bind" : "volume");
      if (!source.isEmpty()) {
        result.put("source", source);
      }
      result.put("target", clean(target));
      if (readOnly) {
        result.put("read_only", true);
      }
      if (withType && bind || bindOptions) {
        YamlMap options = new YamlMap();
        if (selinux != null) {
          options.put("selinux", selinux);
        }
        if (propagation != null) {
          options.put("propagation", propagation);
        }
        result.put("bind", options);
      }
      if (withType && !bind || noCopy) {
        YamlMap options = new YamlMap();
        if (noCopy) {
          options.put("nocopy", true);
        }
        result.put("volume", options);
      }
      return result;
    }
  }

  private static boolean isHostPath(String source) {
    if (source.isEmpty()) {
      return false;
    }
    char first = source.charAt(0);
    if (first == '.' || first == '/' || first == '~' || source.startsWith("\\\\")) {
      return true;
    }
    int firstLength = Character.charCount(source.codePointAt(0));
    return source.length() > firstLength && Character.isLetter(source.codePointAt(0)) && source.charAt(firstLength) == ':';
  }

  /** Go's {@code path.Clean} for container paths. */
  static String clean(String path) {
    if (path.isEmpty()) {
      return "";
    }
    boolean rooted = path.startsWith("/");
    ArrayDeque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
          parts.removeLast();
        } else if (!rooted) {
          parts.addLast("..");
        }
      } else {
        parts.addLast(part);
      }
    }
    String joined = String.join("/", parts);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }
}
