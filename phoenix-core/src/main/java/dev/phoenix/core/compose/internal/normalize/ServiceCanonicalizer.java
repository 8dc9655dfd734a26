package dev.phoenix.core.compose.internal.normalize;

import dev.phoenix.core.compose.internal.tree.TreeCopy;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Turns one service into its canonical form, attribute by attribute (see {@link Canonicalizer}).
 * Attributes without a short syntax are copied as they are.
 */
final class ServiceCanonicalizer {
  private final PathResolver paths;
  private final ServiceEnvironment environment;

  ServiceCanonicalizer(PathResolver paths, ServiceEnvironment environment) {
    this.paths = paths;
    this.environment = environment;
  }

  YamlMap canonical(Object value, At at) {
    Map<?, ?> service = value == null ? Map.of() : Trees.map(value, at);
    YamlMap result = Trees.mapFrom(service);
    for (Map.Entry<?, ?> entry : service.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Object attribute = entry.getValue();
      Trees.put(result, service, key, attribute == null ? null : attribute(key, attribute, at.key(key)));
    }
    environment.resolve(result, at);
    return result;
  }

  private Object attribute(String key, Object value, At at) {
    return switch (key) {
      case "annotations", "labels", "sysctls", "storage_opt" -> Mappings.strings(value, at);
      case "environment" -> Mappings.nullableStrings(value, at);
      case "build" -> BuildCanonicalizer.canonical(value, at, paths);
      case "command", "entrypoint" -> shellCommand(value, at);
      case "configs" -> fileReferences(value, at, null);
      case "secrets" -> fileReferences(value, at, "/run/secrets/");
      case "depends_on" -> dependsOn(value, at);
      case "deploy" -> ServiceTuning.deploy(value, at);
      case "devices" -> devices(value, at);
      case "dns", "dns_search", "dns_opt", "tmpfs", "expose", "group_add" -> Mappings.stringList(value, at);
      case "env_file" -> envFiles(value, at);
      case "label_file" -> labelFiles(value, at);
      case "extra_hosts" -> HostLists.canonical(value, at);
      case "healthcheck" -> ServiceTuning.healthcheck(value, at);
      case "networks" -> networks(value, at);
      case "ports" -> Ports.canonical(value, at);
      case "volumes" -> VolumeMounts.canonical(value, at, paths);
      case "ulimits" -> ServiceTuning.ulimits(value, at);
      case "mem_limit", "mem_reservation", "memswap_limit", "mem_swappiness", "shm_size" -> ByteUnits.canonical(value, at);
      case "cpus" -> ServiceTuning.cpus(value, at);
      case "stop_grace_period" -> Durations.canonical(value, at);
      case "blkio_config" -> ServiceTuning.blkio(value, at);
      case "gpus" -> ServiceTuning.gpus(value, at);
      case "logging" -> ServiceTuning.logging(value, at);
      case "post_start", "pre_stop", "pre_start" -> hooks(value, at);
      case "develop" -> develop(value, at);
      case "models" -> names(value, at);
      case "extends" -> extendsReference(value, at);
      default -> TreeCopy.deep(value);
    };
  }

  /** {@code command} / {@code entrypoint}: a string is split like a shell would, a list kept. */
  static YamlList shellCommand(Object value, At at) {
    if (value instanceof String line) {
      try {
        YamlList result = new YamlList(at.location());
        result.addAll(ShellWords.split(line));
        return result;
      } catch (IllegalArgumentException e) {
        throw at.invalid(e.getMessage() + ": " + line);
      }
    }
    return Mappings.stringList(value, at);
  }

  /**
   * {@code secrets} / {@code configs} (and {@code build.secrets}): a name becomes {@code {source}};
   * {@code uid} and {@code gid} are strings and {@code mode} the octal text Compose writes
   * ({@code "0440"}). With a {@code defaultTarget} prefix, a missing target is filled in.
   */
  static YamlList fileReferences(Object value, At at, String defaultTarget) {
    List<?> entries = Trees.list(value, at);
    YamlList result = Trees.listFrom(entries);
    for (int i = 0; i < entries.size(); i++) {
      Object entry = entries.get(i);
      At here = at.index(i);
      YamlMap reference;
      if (entry instanceof String source) {
        reference = new YamlMap(here.location());
        reference.put("source", source);
      } else if (entry instanceof Map<?, ?> map) {
        Trees.string(map.get("source"), here.key("source"));
        reference = Trees.mapFrom(map);
        for (Map.Entry<?, ?> field : map.entrySet()) {
          String key = String.valueOf(field.getKey());
          Object fieldValue = field.getValue();
          Object converted = switch (key) {
            case "uid", "gid" -> fieldValue == null ? null : Mappings.scalarText(fieldValue, here.key(key));
            case "mode" -> fieldValue == null ? null : fileMode(fieldValue, here.key(key));
            default -> TreeCopy.deep(fieldValue);
          };
          Trees.put(reference, map, key, converted);
        }
      } else {
        throw here.invalid("unsupported type " + GoValues.describe(entry) + ", expected a name or a mapping");
      }
      if (defaultTarget != null && !reference.containsKey("target")) {
        reference.put("target", defaultTarget + reference.get("source"));
      }
      Trees.add(result, entries, i, reference);
    }
    return result;
  }

  /** A file mode as octal text: 288 (read from {@code 0440}) and {@code "0440"} both give "0440". */
  static String fileMode(Object value, At at) {
    long mode;
    if (value instanceof String text) {
      try {
        mode = Long.parseLong(text, 8);
      } catch (NumberFormatException e) {
        throw at.invalid("invalid file mode \"" + text + "\": expected an octal number such as 0440");
      }
    } else {
      Long number = value instanceof Double ? null : GoValues.toLong(value);
      if (number == null) {
        throw at.invalid("unexpected value type " + GoValues.describe(value) + " for mode");
      }
      mode = number;
    }
    return mode < 0 ? "0-" + Long.toOctalString(-mode) : "0" + Long.toOctalString(mode);
  }

  private static YamlMap dependsOn(Object value, At at) {
    if (value instanceof List<?> list) {
      YamlMap result = Trees.mapFrom(list);
      for (int i = 0; i < list.size(); i++) {
        String name = Trees.string(list.get(i), at.index(i));
        YamlMap dependency = new YamlMap(at.index(i).location());
        dependency.put("condition", "service_started");
        dependency.put("required", true);
        result.put(name, dependency, dependency.location());
      }
      return result;
    }
    Map<?, ?> map = Trees.map(value, at);
    YamlMap result = Trees.mapFrom(map);
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String name = String.valueOf(entry.getKey());
      Object settings = entry.getValue();
      Map<?, ?> fields = settings == null ? Map.of() : Trees.map(settings, at.key(name));
      YamlMap dependency = Trees.mapFrom(fields);
      dependency.put("condition", "service_started");
      for (Map.Entry<?, ?> field : fields.entrySet()) {
        String key = String.valueOf(field.getKey());
        // restart defaults to false and, as in Compose's output, is only written when true
        if (!key.equals("restart") || GoValues.isTrue(field.getValue())) {
          Trees.put(dependency, fields, key, TreeCopy.deep(field.getValue()));
        }
      }
      dependency.putIfAbsent("required", true);
      Trees.put(result, map, name, dependency);
    }
    return result;
  }

  private static YamlList devices(Object value, At at) {
    List<?> entries = Trees.list(value, at);
    YamlList result = Trees.listFrom(entries);
    for (int i = 0; i < entries.size(); i++) {
      Object entry = entries.get(i);
      At here = at.index(i);
      if (entry instanceof String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length > 3) {
          throw here.invalid("confusing device mapping, please use long syntax: " + spec);
        }
        YamlMap device = new YamlMap(here.location());
        device.put("source", parts[0]);
        device.put("target", parts.length > 1 ? parts[1] : parts[0]);
        device.put("permissions", parts.length > 2 ? parts[2] : "rwm");
        Trees.add(result, entries, i, device);
      } else {
        Trees.add(result, entries, i, TreeCopy.deep(Trees.map(entry, here)));
      }
    }
    return result;
  }

  /** {@code env_file}: a path or list of paths or {@code {path, required, format}} entries. */
  private YamlList envFiles(Object value, At at) {
    if (value instanceof String path) {
      YamlList result = new YamlList(at.location());
      result.add(envFile(path, at));
      return result;
    }
    List<?> entries = Trees.list(value, at);
    YamlList result = Trees.listFrom(entries);
    for (int i = 0; i < entries.size(); i++) {
      Trees.add(result, entries, i, envFile(entries.get(i), at.index(i)));
    }
    return result;
  }

  private YamlMap envFile(Object entry, At at) {
    if (entry instanceof String path) {
      YamlMap file = new YamlMap(at.location());
      file.put("path", paths.absolute(path));
      return file;
    }
    Map<?, ?> map = Trees.map(entry, at);
    YamlMap file = Trees.mapFrom(map);
    Trees.put(file, map, "path", paths.absolute(Trees.string(map.get("path"), at.key("path"))));
    for (Map.Entry<?, ?> field : map.entrySet()) {
      String key = String.valueOf(field.getKey());
      if (key.equals("required")) {
        // required defaults to true and, as in Compose's output, is only written when false
        if (!GoValues.isTrue(field.getValue())) {
          Trees.put(file, map, key, Boolean.FALSE);
        }
      } else if (!key.equals("path")) {
        Trees.put(file, map, key, TreeCopy.deep(field.getValue()));
      }
    }
    return file;
  }

  private YamlList labelFiles(Object value, At at) {
    YamlList files = Mappings.stringList(value, at);
    files.replaceAll(file -> paths.absolute((String) file));
    return files;
  }

  /** Service {@code networks}: a list of names becomes a map whose values are null. */
  private static YamlMap networks(Object value, At at) {
    if (value instanceof List<?>) {
      return names(value, at);
    }
    Map<?, ?> map = Trees.map(value, at);
    YamlMap result = Trees.mapFrom(map);
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String name = String.valueOf(entry.getKey());
      Object settings = entry.getValue();
      if (settings == null) {
        Trees.put(result, map, name, null);
        continue;
      }
      Map<?, ?> fields = Trees.map(settings, at.key(name));
      YamlMap network = Trees.mapFrom(fields);
      for (Map.Entry<?, ?> field : fields.entrySet()) {
        String key = String.valueOf(field.getKey());
        Object converted = key.equals("driver_opts") ? Mappings.strings(field.getValue(), at.key(name).key(key)) : TreeCopy.deep(field.getValue());
        Trees.put(network, fields, key, converted);
      }
      Trees.put(result, map, name, network);
    }
    return result;
  }

  /** A list of names as a map of nulls; a map is kept. */
  private static YamlMap names(Object value, At at) {
    if (value instanceof List<?> list) {
      YamlMap result = Trees.mapFrom(list);
      for (int i = 0; i < list.size(); i++) {
        result.put(Trees.string(list.get(i), at.index(i)), null, at.index(i).location());
      }
      return result;
    }
    return (YamlMap) TreeCopy.deep(Trees.map(value, at));
  }

  /** {@code post_start}, {@code pre_stop}, {@code pre_start}: each hook's command and environment. */
  private static YamlList hooks(Object value, At at) {
    List<?> entries = Trees.list(value, at);
    YamlList result = Trees.listFrom(entries);
    for (int i = 0; i < entries.size(); i++) {
      At here = at.index(i);
      Map<?, ?> hook = Trees.map(entries.get(i), here);
      YamlMap converted = Trees.mapFrom(hook);
      for (Map.Entry<?, ?> field : hook.entrySet()) {
        String key = String.valueOf(field.getKey());
        Object fieldValue = field.getValue();
        Object canonical = fieldValue == null ? null : switch (key) {
          case "command", "entrypoint" -> shellCommand(fieldValue, here.key(key));
          case "environment" -> Mappings.nullableStrings(fieldValue, here.key(key));
          default -> TreeCopy.deep(fieldValue);
        };
        Trees.put(converted, hook, key, canonical);
      }
      Trees.add(result, entries, i, converted);
    }
    return result;
  }

  /** {@code develop.watch}: one entry per path, paths absolute. */
  private YamlMap develop(Object value, At at) {
    Map<?, ?> develop = Trees.map(value, at);
    YamlMap result = (YamlMap) TreeCopy.deep(develop);
    if (!(develop.get("watch") instanceof List<?> watches)) {
      return result;
    }
    YamlList expanded = Trees.listFrom(watches);
    for (int i = 0; i < watches.size(); i++) {
      At here = at.key("watch").index(i);
      Map<?, ?> watch = Trees.map(watches.get(i), here);
      Object path = watch.get("path");
      List<?> watchPaths = path instanceof List<?> list ? list : Collections.singletonList(path);
      for (Object onePath : watchPaths) {
        YamlMap entry = (YamlMap) TreeCopy.deep(watch);
        if (onePath != null) {
          entry.put("path", paths.absolute(Mappings.scalarText(onePath, here.key("path"))));
        }
        Trees.add(expanded, watches, i, entry);
      }
    }
    result.put("watch", expanded);
    return result;
  }

  private YamlMap extendsReference(Object value, At at) {
    if (value instanceof String service) {
      YamlMap result = new YamlMap(at.location());
      result.put("service", service);
      return result;
    }
    YamlMap result = (YamlMap) TreeCopy.deep(Trees.map(value, at));
    if (result.get("file") instanceof String file && !file.contains("://")) {
      result.put("file", paths.absolute(file));
    }
    return result;
  }
}
