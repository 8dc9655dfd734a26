package dev.phoenix.core.compose.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Makes the relative paths of a raw (not yet canonical) tree absolute against a directory. Used for
 * what comes from another directory than the project's: an {@code extends} base read from another
 * file, an {@code include}d project. The main project's own paths are resolved later, by the
 * canonical stage, against the project directory.
 */
final class RelativePaths {
  private RelativePaths() {
  }

  /** Resolves the paths of every service and of file-based secrets and configs, in place. */
  static void absolutizeProject(Map<String, Object> tree, Path directory) {
    if (tree.get("services") instanceof Map<?, ?> services) {
      for (Object service : services.values()) {
        if (service instanceof Map<?, ?> map) {
          absolutizeService(cast(map), directory);
        }
      }
    }
    for (String section : List.of("secrets", "configs")) {
      if (tree.get(section) instanceof Map<?, ?> resources) {
        for (Object resource : resources.values()) {
          if (resource instanceof Map<?, ?> map) {
            resolveKey(cast(map), "file", directory);
          }
        }
      }
    }
  }

  /** Resolves build context, env and label files and bind-mount sources of one service, in place. */
  static void absolutizeService(Map<String, Object> service, Path directory) {
    Object build = service.get("build");
    if (build instanceof String context) {
      service.put("build", resolve(context, directory));
    } else if (build instanceof Map<?, ?> map) {
      Map<String, Object> buildMap = cast(map);
      if (!buildMap.containsKey("context")) {
        buildMap.put("context", directory.toString());
      } else {
        resolveKey(buildMap, "context", directory);
      }
    }
    for (String key : List.of("env_file", "label_file")) {
      Object files = service.get(key);
      if (files instanceof String file) {
        service.put(key, resolve(file, directory));
      } else if (files instanceof List<?> list) {
        List<Object> items = castList(list);
        for (int i = 0; i < items.size(); i++) {
          Object item = items.get(i);
          if (item instanceof String file) {
            items.set(i, resolve(file, directory));
          } else if (item instanceof Map<?, ?> entry) {
            resolveKey(cast(entry), "path", directory);
          }
        }
      }
    }
    if (service.get("volumes") instanceof List<?> volumes) {
      List<Object> items = castList(volumes);
      for (int i = 0; i < items.size(); i++) {
        Object item = items.get(i);
        if (item instanceof String spec && isRelativeBind(spec)) {
          items.set(i, resolveBind(spec, directory));
        } else if (item instanceof Map<?, ?> mount && "bind".equals(mount.get("type"))) {
          resolveKey(cast(mount), "source", directory);
        }
      }
    }
  }

  private static void resolveKey(Map<String, Object> map, String key, Path directory) {
    if (map.get(key) instanceof String value) {
      map.put(key, resolve(value, directory));
    }
  }

  /** A path that is neither absolute, nor under {@code ~}, nor a URL (a git build context). */
  private static String resolve(String path, Path directory) {
    if (path.isEmpty() || path.startsWith("/") || path.startsWith("~") || path.contains("://")) {
      return path;
    }
    return directory.resolve(path).normalize().toString();
  }

  /** In a short volume spec {@code SRC:TARGET[:MODE]}, a source starting with {@code .} is a relative bind. */
  private static boolean isRelativeBind(String spec) {
    return spec.startsWith(".") && spec.indexOf(':') > 0;
  }

  private static String resolveBind(String spec, Path directory) {
    int colon = spec.indexOf(':');
    return directory.resolve(spec.substring(0, colon)).normalize() + spec.substring(colon);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> castList(List<?> list) {
    return (List<Object>) list;
  }
}
