package dev.phoenix.core.compose.internal.normalize;

import dev.phoenix.core.compose.internal.tree.TreeCopy;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.List;
import java.util.Map;

/**
 * Service {@code build}: a string is the context; the context defaults to {@code .}; context paths
 * become absolute (remote contexts excepted); {@code args} keeps bare keys as nulls; {@code ssh}
 * becomes a list of {@code id} / {@code id=path}.
 */
final class BuildCanonicalizer {
  private BuildCanonicalizer() {
  }

  static YamlMap canonical(Object value, At at, PathResolver paths) {
    if (value instanceof String context) {
      YamlMap result = new YamlMap(at.location());
      result.put("context", paths.buildContext(context));
      return result;
    }
    Map<?, ?> build = Trees.map(value, at);
    YamlMap result = Trees.mapFrom(build);
    Object context = build.get("context");
    Trees.put(result, build, "context", context == null ? paths.buildContext(".") : paths.buildContext(Trees.string(context, at.key("context"))));
    for (Map.Entry<?, ?> entry : build.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Object field = entry.getValue();
      At here = at.key(key);
      if (key.equals("context")) {
        continue;
      }
      Object converted = field == null ? null : switch (key) {
        case "args" -> Mappings.nullableStrings(field, here);
        case "labels" -> Mappings.strings(field, here);
        case "additional_contexts" -> additionalContexts(field, here, paths);
        case "ssh" -> ssh(field, here, paths);
        case "secrets" -> ServiceCanonicalizer.fileReferences(field, here, null);
        case "extra_hosts" -> HostLists.canonical(field, here);
        case "shm_size" -> ByteUnits.canonical(field, here);
        case "ulimits" -> ServiceTuning.ulimits(field, here);
        case "cache_from", "cache_to", "tags", "platforms", "entitlements" -> Mappings.stringList(field, here);
        default -> TreeCopy.deep(field);
      };
      Trees.put(result, build, key, converted);
    }
    return result;
  }

  private static YamlMap additionalContexts(Object value, At at, PathResolver paths) {
    YamlMap contexts = Mappings.keyValues(value, at);
    contexts.replaceAll((name, context) -> paths.buildContext((String) context));
    return contexts;
  }

  private static YamlList ssh(Object value, At at, PathResolver paths) {
    YamlList result = new YamlList(at.location());
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String id = String.valueOf(entry.getKey());
        Object path = entry.getValue();
        result.add(path == null ? id : id + "=" + paths.hostPath(Mappings.scalarText(path, at.key(id))));
      }
      return result;
    }
    List<?> keys = value instanceof String ? List.of(value) : Trees.list(value, at);
    for (int i = 0; i < keys.size(); i++) {
      At here = value instanceof String ? at : at.index(i);
      String key = Trees.string(keys.get(i), here);
      int equals = key.indexOf('=');
      if (equals < 0) {
        if (!key.equals("default")) {
          throw here.invalid("invalid ssh key \"" + key + "\"");
        }
        result.add(key);
      } else {
        result.add(key.substring(0, equals) + "=" + paths.hostPath(key.substring(equals + 1)));
      }
    }
    return result;
  }
}
