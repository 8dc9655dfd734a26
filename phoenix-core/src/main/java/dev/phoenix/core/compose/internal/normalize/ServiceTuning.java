package dev.phoenix.core.compose.internal.normalize;

import dev.phoenix.core.compose.internal.tree.TreeCopy;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The runtime settings of a service whose values have units: {@code deploy}, {@code healthcheck},
 * {@code ulimits}, {@code cpus}, {@code blkio_config}, {@code gpus}, {@code logging}. Durations
 * become Go duration text, sizes decimal byte counts, CPU counts numbers.
 */
final class ServiceTuning {
  private static final Set<String> HEALTHCHECK_DURATIONS = Set.of("interval", "timeout", "start_period", "start_interval");
  private static final Set<String> UPDATE_DURATIONS = Set.of("delay", "monitor");
  private static final Set<String> RESTART_DURATIONS = Set.of("delay", "window");

  private ServiceTuning() {
  }

  static YamlMap deploy(Object value, At at) {
    Map<?, ?> deploy = Trees.map(value, at);
    YamlMap result = Trees.mapFrom(deploy);
    for (Map.Entry<?, ?> entry : deploy.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Object field = entry.getValue();
      At here = at.key(key);
      Object converted = field == null ? null : switch (key) {
        case "labels" -> Mappings.strings(field, here);
        case "update_config", "rollback_config" -> withDurations(field, here, UPDATE_DURATIONS);
        case "restart_policy" -> withDurations(field, here, RESTART_DURATIONS);
        case "resources" -> resources(field, here);
        default -> TreeCopy.deep(field);
      };
      Trees.put(result, deploy, key, converted);
    }
    return result;
  }

  private static YamlMap resources(Object value, At at) {
    Map<?, ?> resources = Trees.map(value, at);
    YamlMap result = Trees.mapFrom(resources);
    for (Map.Entry<?, ?> entry : resources.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Object field = entry.getValue();
      boolean resource = key.equals("limits") || key.equals("reservations");
      Trees.put(result, resources, key, resource && field != null ? resource(field, at.key(key)) : TreeCopy.deep(field));
    }
    return result;
  }

  private static YamlMap resource(Object value, At at) {
    Map<?, ?> resource = Trees.map(value, at);
    YamlMap result = Trees.mapFrom(resource);
    for (Map.Entry<?, ?> entry : resource.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Object field = entry.getValue();
      At here = at.key(key);
      Object converted = field == null ? null : switch (key) {
        case "cpus" -> cpus(field, here);
        case "memory" -> ByteUnits.canonical(field, here);
        case "devices" -> deviceRequests(field, here);
        default -> TreeCopy.deep(field);
      };
      Trees.put(result, resource, key, converted);
    }
    return result;
  }

  /** A CPU count ({@code cpus: '0.5'} or {@code 1.5}) as a number. */
  static Double cpus(Object value, At at) {
    Double cpus = value instanceof Boolean ? null : GoValues.toDouble(value);
    if (cpus == null) {
      throw at.invalid("invalid cpus value: found " + GoValues.describe(value));
    }
    return cpus;
  }

  static YamlMap healthcheck(Object value, At at) {
    Map<?, ?> healthcheck = Trees.map(value, at);
    YamlMap result = withDurations(healthcheck, at, HEALTHCHECK_DURATIONS);
    Object test = healthcheck.get("test");
    if (test instanceof String command) {
      YamlList list = new YamlList(at.key("test").location());
      list.add("CMD-SHELL");
      list.add(command);
      result.put("test", list);
    } else if (test != null) {
      result.put("test", Mappings.stringList(test, at.key("test")));
    }
    if (GoValues.isTrue(healthcheck.get("disable"))) {
      YamlList none = new YamlList(at.key("disable").location());
      none.add("NONE");
      result.put("test", none);
    }
    return result;
  }

  /** {@code ulimits}: each limit is a number or {@code {soft, hard}}. */
  static YamlMap ulimits(Object value, At at) {
    Map<?, ?> ulimits = Trees.map(value, at);
    YamlMap result = Trees.mapFrom(ulimits);
    for (Map.Entry<?, ?> entry : ulimits.entrySet()) {
      String name = String.valueOf(entry.getKey());
      Object limit = entry.getValue();
      At here = at.key(name);
      if (limit instanceof Map<?, ?> map) {
        YamlMap converted = Trees.mapFrom(map);
        for (Map.Entry<?, ?> field : map.entrySet()) {
          String key = String.valueOf(field.getKey());
          boolean bound = key.equals("soft") || key.equals("hard");
          Trees.put(converted, map, key, bound ? GoValues.requireLong(field.getValue(), here.key(key)) : TreeCopy.deep(field.getValue()));
        }
        Trees.put(result, ulimits, name, converted);
      } else if (limit instanceof Boolean || GoValues.toLong(limit) == null) {
        throw here.invalid("invalid type " + GoValues.describe(limit) + " for ulimits");
      } else {
        Trees.put(result, ulimits, name, GoValues.toLong(limit));
      }
    }
    return result;
  }

  /** {@code blkio_config}: the rates of {@code device_read_bps} / {@code device_write_bps} are sizes. */
  static YamlMap blkio(Object value, At at) {
    Map<?, ?> blkio = Trees.map(value, at);
    YamlMap result = Trees.mapFrom(blkio);
    for (Map.Entry<?, ?> entry : blkio.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Object field = entry.getValue();
      if ((key.equals("device_read_bps") || key.equals("device_write_bps")) && field != null) {
        At here = at.key(key);
        List<?> devices = Trees.list(field, here);
        YamlList converted = Trees.listFrom(devices);
        for (int i = 0; i < devices.size(); i++) {
          Map<?, ?> device = Trees.map(devices.get(i), here.index(i));
          YamlMap copy = (YamlMap) TreeCopy.deep(device);
          if (device.get("rate") != null) {
            copy.put("rate", ByteUnits.canonical(device.get("rate"), here.index(i).key("rate")));
          }
          Trees.add(converted, devices, i, copy);
        }
        Trees.put(result, blkio, key, converted);
      } else {
        Trees.put(result, blkio, key, TreeCopy.deep(field));
      }
    }
    return result;
  }

  /** {@code gpus: all} means every GPU; each request without a count or ids asks for all. */
  static YamlList gpus(Object value, At at) {
    if (value instanceof String) {
      YamlList result = new YamlList(at.location());
      YamlMap all = new YamlMap(at.location());
      all.put("count", "all");
      result.add(all);
      return result;
    }
    return deviceRequests(value, at);
  }

  private static YamlList deviceRequests(Object value, At at) {
    List<?> requests = Trees.list(value, at);
    YamlList result = Trees.listFrom(requests);
    for (int i = 0; i < requests.size(); i++) {
      At here = at.index(i);
      Map<?, ?> request = Trees.map(requests.get(i), here);
      YamlMap converted = (YamlMap) TreeCopy.deep(request);
      boolean count = request.containsKey("count");
      boolean ids = request.containsKey("device_ids");
      if (count && ids) {
        throw here.invalid("\"count\" and \"device_ids\" attributes are exclusive");
      }
      if (!count && !ids) {
        converted.put("count", "all");
      }
      Trees.add(result, requests, i, converted);
    }
    return result;
  }

  /** {@code logging}: option values are strings. */
  static YamlMap logging(Object value, At at) {
    Map<?, ?> logging = Trees.map(value, at);
    YamlMap result = (YamlMap) TreeCopy.deep(logging);
    if (logging.get("options") != null) {
      result.put("options", Mappings.strings(logging.get("options"), at.key("options")));
    }
    return result;
  }

  private static YamlMap withDurations(Object value, At at, Set<String> durations) {
    Map<?, ?> map = Trees.map(value, at);
    YamlMap result = Trees.mapFrom(map);
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Object field = entry.getValue();
      boolean duration = durations.contains(key) && field != null;
      Trees.put(result, map, key, duration ? Durations.canonical(field, at.key(key)) : TreeCopy.deep(field));
    }
    return result;
  }
}
