package dev.phoenix.core.compose.internal.normalize;

import dev.phoenix.api.compose.ComposeException;
import dev.phoenix.core.compose.internal.tree.TreeCopy;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a merged, schema-valid Compose tree into its canonical form: the long syntax of every
 * attribute, in the shape Docker Compose itself writes a loaded project ({@code docker compose
 * config}, compose-go's marshalled model).
 *
 * <p>In short: ports, volumes, secrets, configs, devices, {@code env_file}, {@code depends_on} and
 * service {@code networks} in long form; {@code environment}, labels and other key/value lists as
 * maps of strings; {@code command}/{@code entrypoint} split into words; durations as Go duration
 * text ({@code 1m30s}); byte sizes as decimal strings ({@code "52428800"}); file modes as octal text
 * ({@code "0440"}); legacy {@code external: {name: x}} as {@code name: x, external: true}. Relative
 * paths become absolute when {@link NormalizeOptions#resolvePaths()} is set. The contents of
 * {@code env_file} and {@code label_file} are merged into {@code environment} and {@code labels},
 * and bare environment keys take their value from the project environment. {@code version} is
 * dropped; {@code x-*} extensions are kept as written.
 *
 * <p>Defaults that Compose leaves out of its output are left out here too, so their absence means
 * the default: {@code create_host_path: true} of a bind mount, {@code required: true} of an
 * {@code env_file} entry, {@code restart: false} of a dependency.
 *
 * <p>The result is a new tree; the input is not changed. Maps and lists keep the source positions
 * of what they were made from.
 */
public final class Canonicalizer {
  private Canonicalizer() {
  }

  /**
   * The canonical form of {@code merged}.
   *
   * @throws ComposeException (a {@code ComposeValidationException}) when a value cannot be read,
   *     such as {@code ports: ["80:abc"]}, with its position and YAML path
   */
  public static YamlMap canonicalize(Map<String, Object> merged, NormalizeOptions options) {
    Objects.requireNonNull(merged, "merged");
    Objects.requireNonNull(options, "options");
    PathResolver paths = new PathResolver(options.workingDirectory(), options.homeDirectory(), options.resolvePaths());
    ServiceCanonicalizer services = new ServiceCanonicalizer(paths, new ServiceEnvironment(options, paths));
    At root = At.root(merged);
    YamlMap result = Trees.mapFrom(merged);
    for (Map.Entry<String, Object> entry : merged.entrySet()) {
      String key = entry.getKey();
      Object value = entry.getValue();
      At at = root.key(key);
      switch (key) {
        case "version" -> {
          // obsolete: Compose drops it with a warning
        }
        case "services" -> {
          if (value != null) {
            Map<?, ?> map = Trees.map(value, at);
            YamlMap converted = Trees.mapFrom(map);
            for (Map.Entry<?, ?> service : map.entrySet()) {
              String name = String.valueOf(service.getKey());
              Trees.put(converted, map, name, services.canonical(service.getValue(), at.key(name)));
            }
            Trees.put(result, merged, key, converted);
          }
        }
        case "networks", "volumes", "secrets", "configs" -> {
          if (value != null) {
            Trees.put(result, merged, key, resources(key, value, at, paths));
          }
        }
        default -> Trees.put(result, merged, key, TreeCopy.deep(value));
      }
    }
    return result;
  }

  private static YamlMap resources(String kind, Object value, At at, PathResolver paths) {
    Map<?, ?> map = Trees.map(value, at);
    YamlMap result = Trees.mapFrom(map);
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String name = String.valueOf(entry.getKey());
      Trees.put(result, map, name, resource(kind, entry.getValue(), at.key(name), paths));
    }
    return result;
  }

  /** One network, volume, secret or config; an empty declaration ({@code foo:}) becomes {@code {}}. */
  private static YamlMap resource(String kind, Object value, At at, PathResolver paths) {
    if (value == null) {
      return new YamlMap(at.location());
    }
    Map<?, ?> map = Trees.map(value, at);
    YamlMap result = Trees.mapFrom(map);
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Object field = entry.getValue();
      At here = at.key(key);
      if (key.equals("external") && field instanceof Map<?, ?> legacy) {
        externalName(result, map, legacy, here);
        continue;
      }
      Object converted = field == null || Trees.isExtension(key) ? TreeCopy.deep(field) : switch (key) {
        case "labels", "driver_opts" -> Mappings.strings(field, here);
        case "ipam" -> ipam(field, here);
        case "file" -> kind.equals("secrets") || kind.equals("configs") ? paths.hostPath(Trees.string(field, here)) : field;
        default -> TreeCopy.deep(field);
      };
      Trees.put(result, map, key, converted);
    }
    if (kind.equals("volumes") && "local".equals(result.get("driver")) && result.get("driver_opts") instanceof YamlMap options
        && "bind".equals(options.get("o")) && options.get("device") instanceof String device) {
      options.put("device", paths.hostPath(device));
    }
    return result;
  }

  /** The legacy {@code external: {name: x}}: Compose reads it as {@code name: x, external: true}. */
  private static void externalName(YamlMap result, Map<?, ?> resource, Map<?, ?> legacy, At at) {
    Object name = legacy.get("name");
    if (name != null) {
      Object declared = resource.get("name");
      if (declared != null && !declared.equals(name)) {
        throw at.invalid("name and external.name conflict; only use name");
      }
      Trees.put(result, legacy, "name", name);
    }
    Trees.put(result, resource, "external", Boolean.TRUE);
  }

  private static YamlMap ipam(Object value, At at) {
    Map<?, ?> ipam = Trees.map(value, at);
    YamlMap result = Trees.mapFrom(ipam);
    for (Map.Entry<?, ?> entry : ipam.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Object field = entry.getValue();
      At here = at.key(key);
      Object converted = field == null ? null : switch (key) {
        case "options" -> Mappings.strings(field, here);
        case "config" -> pools(field, here);
        default -> TreeCopy.deep(field);
      };
      Trees.put(result, ipam, key, converted);
    }
    return result;
  }

  private static YamlList pools(Object value, At at) {
    List<?> pools = Trees.list(value, at);
    YamlList result = Trees.listFrom(pools);
    for (int i = 0; i < pools.size(); i++) {
      Map<?, ?> pool = Trees.map(pools.get(i), at.index(i));
      YamlMap converted = (YamlMap) TreeCopy.deep(pool);
      if (pool.get("aux_addresses") != null) {
        converted.put("aux_addresses", Mappings.strings(pool.get("aux_addresses"), at.index(i).key("aux_addresses")));
      }
      Trees.add(result, pools, i, converted);
    }
    return result;
  }
}
