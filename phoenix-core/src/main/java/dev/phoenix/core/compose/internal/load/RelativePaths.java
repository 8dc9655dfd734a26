package dev.phoenix.core.compose.internal.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Makes the relative paths of a raw (not yet canonical) tree absolute against a directory. Used for
 * what comes from another directory than the project's: an {@code extends} base read from another
 * file, an {@code include}d project. The main project's own paths are resolved later, by the
 * canonical stage, against the project directory. The paths are those compose-go resolves: build
 * contexts and additional contexts, env and label files, bind-mount sources, watch paths, and the
 * files of secrets and configs.
 */
final class RelativePaths {
  /** Build contexts that name something remote, never a directory. */
  private static final List<String> REMOTE_PREFIXES =
      List.of("https://", "http://", "git://", "ssh://", "github.com/", "git@", "docker-image://", "oci-layout://", "service:");

  private RelativePaths() {
  }

  /** Resolves the paths of an included project's services and file-based secrets and configs, in place. */
  static void absolutizeProject(Map<String, Object> tree, Path directory) {
    if (tree.get("services") instanceof Map<?, ?> services) {
      for (Object service : services.values()) {
        if (service instanceof Map<?, ?> map) {
          Map<String, Object> definition = cast(map);
          // An included project gets compose's defaults, so a build without context builds its own directory.
          if (definition.get("build") instanceof Map<?, ?> build && !build.containsKey("context")) {
            cast(build).put("context", directory.toString());
          }
          absolutizeService(definition, directory);
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

  /** Resolves the paths of one service, in place. */
  static void absolutizeService(Map<String, Object> service, Path directory) {
    Object build = service.get("build");
    if (build instanceof String context) {
      service.put("build", context(context, directory));
    } else if (build instanceof Map<?, ?> map) {
      absolutizeBuild(cast(map), directory);
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
    if (service.get("develop") instanceof Map<?, ?> develop && develop.get("watch") instanceof List<?> watches) {
      for (Object watch : watches) {
        if (watch instanceof Map<?, ?> entry) {
          Map<String, Object> rule = cast(entry);
          if (rule.get("path") instanceof List<?> paths) {
            List<Object> items = castList(paths);
            items.replaceAll(path -> path instanceof String text ? resolve(text, directory) : path);
          } else {
            resolveKey(rule, "path", directory);
          }
        }
      }
    }
  }

  /**
   * The context (a directory unless remote) and the additional contexts. A missing context is left
   * missing: compose-go reads an extended file without defaults, so the base's build gets the
   * default context {@code .} of the extending project.
   */
  private static void absolutizeBuild(Map<String, Object> build, Path directory) {
    if (build.get("context") instanceof String context) {
      build.put("context", context(context, directory));
    }
    Object contexts = build.get("additional_contexts");
    if (contexts instanceof Map<?, ?> map) {
      cast(map).replaceAll((name, context) -> context instanceof String text ? context(text, directory) : context);
    } else if (contexts instanceof List<?> list) {
      castList(list).replaceAll(item -> {
        if (item instanceof String entry && entry.indexOf('=') > 0) {
          int eq = entry.indexOf('=');
          return entry.substring(0, eq + 1) + context(entry.substring(eq + 1), directory);
        }
        return item;
      });
    }
  }

  private static String context(String context, Path directory) {
    for (String prefix : REMOTE_PREFIXES) {
      if (context.startsWith(prefix)) {
        return context;
      }
    }
    return context.contains("://") ? context : resolve(context, directory);
  }

  private static void resolveKey(Map<String, Object> map, String key, Path directory) {
    if (map.get(key) instanceof String value) {
      map.put(key, resolve(value, directory));
    }
  }

  /** A path that is neither absolute nor under {@code ~}, resolved against {@code directory}. */
  private static String resolve(String path, Path directory) {
    if (path.isEmpty() || path.startsWith("/") || path.startsWith("~")) {
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
