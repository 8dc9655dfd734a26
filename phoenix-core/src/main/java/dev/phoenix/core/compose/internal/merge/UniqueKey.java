package dev.phoenix.core.compose.internal.merge;

import dev.phoenix.api.SourceLocation;
import java.util.Map;

/**
 * What makes an item of a sequence "the same" as another, per attribute (compose-go's
 * {@code EnforceUnicity} indexers): a later item with the same key replaces the earlier one.
 */
enum UniqueKey {
  /** {@code KEY=VALUE} entries and plain values: the text before the first {@code =}. */
  KEY_VALUE {
    @Override
    String of(Object item, SourceLocation location, YamlPath path) {
      if (item instanceof String text) {
        int equals = text.indexOf('=');
        return equals < 0 ? text : text.substring(0, equals);
      }
      throw path.error(location, "unexpected type " + typeName(item) + ", expected a string");
    }
  },
  /** Service volumes: the container path. */
  VOLUME {
    @Override
    String of(Object item, SourceLocation location, YamlPath path) {
      if (item instanceof Map<?, ?> map) {
        if (map.get("target") instanceof String target) {
          return target;
        }
        throw path.error(location, "service volume is missing a mount target");
      }
      if (item instanceof String spec) {
        try {
          return VolumeTarget.of(spec);
        } catch (IllegalArgumentException e) {
          throw path.error(location, e.getMessage());
        }
      }
      return "";
    }
  },
  /** Devices: the container path ({@code HOST:CONTAINER[:PERMISSIONS]}). */
  DEVICE {
    @Override
    String of(Object item, SourceLocation location, YamlPath path) {
      if (item instanceof Map<?, ?> map) {
        if (map.get("target") instanceof String target) {
          return target;
        }
        throw path.error(location, "service device is missing a mount target");
      }
      if (item instanceof String spec) {
        int first = spec.indexOf(':');
        if (first < 0) {
          return spec;
        }
        int second = spec.indexOf(':', first + 1);
        return second < 0 ? spec.substring(first + 1) : spec.substring(first + 1, second);
      }
      return "";
    }
  },
  /** Service secrets: the target, by default {@code /run/secrets/<source>}. */
  SECRET {
    @Override
    String of(Object item, SourceLocation location, YamlPath path) {
      return mountTarget("/run/secrets", item, location, path);
    }
  },
  /** Service configs: the target, by default {@code /<source>}. */
  CONFIG {
    @Override
    String of(Object item, SourceLocation location, YamlPath path) {
      return mountTarget("", item, location, path);
    }
  },
  /** Exposed ports: the port as written. */
  EXPOSE {
    @Override
    String of(Object item, SourceLocation location, YamlPath path) {
      if (item instanceof String || item instanceof Long || item instanceof Integer) {
        return item.toString();
      }
      throw path.error(location, "unsupported expose value " + GoText.value(item));
    }
  },
  /**
   * Published ports: {@code host_ip:published:target/protocol} for the long form (host
   * {@code 0.0.0.0} and protocol {@code tcp} by default), the raw text for the short form.
   */
  PORT {
    @Override
    String of(Object item, SourceLocation location, YamlPath path) {
      if (item instanceof Long || item instanceof Integer || item instanceof String) {
        return item.toString();
      }
      if (!(item instanceof Map<?, ?> map)) {
        return "";
      }
      if (!map.containsKey("target")) {
        throw path.error(location, "service ports is missing a target port");
      }
      Object host = map.containsKey("host_ip") ? map.get("host_ip") : "0.0.0.0";
      Object protocol = map.containsKey("protocol") ? map.get("protocol") : "tcp";
      return GoText.string(host) + ':' + GoText.string(map.get("published")) + ':'
          + GoText.decimal(map.get("target")) + '/' + GoText.string(protocol);
    }
  },
  /** {@code env_file}: the path, in short or long form. */
  ENV_FILE {
    @Override
    String of(Object item, SourceLocation location, YamlPath path) {
      if (item instanceof String text) {
        return text;
      }
      if (item instanceof Map<?, ?> map) {
        if (map.get("path") instanceof String filePath) {
          return filePath;
        }
        throw path.error(location, "environment path attribute is missing or not a string");
      }
      return "";
    }
  };

  /**
   * The identity of {@code item}.
   *
   * @throws dev.phoenix.api.compose.ComposeValidationException when the item cannot have one
   */
  abstract String of(Object item, SourceLocation location, YamlPath path);

  private static String mountTarget(String directory, Object item, SourceLocation location, YamlPath path) {
    if (item instanceof String source) {
      return directory + '/' + source;
    }
    if (item instanceof Map<?, ?> map) {
      if (!map.containsKey("target")) {
        return directory + '/' + GoText.string(map.get("source"));
      }
      if (map.get("target") instanceof String target) {
        return target;
      }
      throw path.error(location, "target must be a string");
    }
    throw path.error(location, "unexpected type " + typeName(item) + ", expected a string or a mapping");
  }

  static String typeName(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "mapping";
    }
    if (value instanceof java.util.List) {
      return "sequence";
    }
    if (value instanceof Long || value instanceof Integer) {
      return "integer";
    }
    if (value instanceof Double) {
      return "number";
    }
    return value instanceof Boolean ? "boolean" : value.getClass().getSimpleName();
  }
}
