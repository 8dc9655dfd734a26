package dev.phoenix.core.compose.internal.normalize;

import static org.assertj.core.api.Assertions.fail;

import dev.phoenix.api.compose.ComposeException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every stage must answer input of any shape with a {@link ComposeException}, never with a Java
 * error such as a NullPointerException or ClassCastException.
 */
class BadShapesTest {
  private static final List<String> SERVICE_KEYS = List.of(
      "annotations", "labels", "sysctls", "storage_opt", "environment", "build", "command", "entrypoint", "configs",
      "secrets", "depends_on", "deploy", "devices", "dns", "dns_search", "dns_opt", "tmpfs", "expose", "group_add",
      "env_file", "label_file", "extra_hosts", "healthcheck", "networks", "ports", "volumes", "ulimits", "mem_limit",
      "shm_size", "cpus", "stop_grace_period", "blkio_config", "gpus", "logging", "post_start", "pre_start", "develop",
      "models", "extends", "links", "volumes_from", "network_mode", "ipc", "image", "profiles", "scale", "container_name",
      "pids_limit", "platform", "provider", "pull_policy");
  private static final List<String> NESTED_KEYS = List.of(
      "context", "args", "ssh", "secrets", "additional_contexts", "extra_hosts", "shm_size", "ulimits", "labels",
      "dockerfile", "dockerfile_inline", "platforms", "resources", "limits", "reservations", "cpus", "memory", "devices",
      "restart_policy", "update_config", "delay", "replicas", "test", "interval", "disable", "source", "target", "type",
      "bind", "volume", "tmpfs", "size", "published", "host_ip", "mode", "uid", "path", "required", "format", "watch",
      "soft", "hard", "rate", "device_read_bps", "options", "command", "environment", "image", "count", "device_ids",
      "condition", "restart", "driver_opts", "aliases", "name", "external", "file", "ipam", "config", "aux_addresses");

  @Test
  void noStageThrowsAnythingButComposeExceptions() {
    NormalizeOptions options = new NormalizeOptions("p", Path.of("/p"), Map.of("A", "1"), Path.of("/h"), true, true,
        (file, format, lookup) -> null);
    int runs = 0;
    for (Object value : values()) {
      for (String key : SERVICE_KEYS) {
        run(project(Map.of("services", Map.of("web", single(key, value)))), options);
        for (String nested : NESTED_KEYS) {
          run(project(Map.of("services", Map.of("web", single(key, single(nested, value))))), options);
          run(project(Map.of("services", Map.of("web", single(key, List.of(single(nested, value)))))), options);
          runs += 2;
        }
      }
      for (String kind : List.of("networks", "volumes", "secrets", "configs", "services", "name")) {
        run(project(single(kind, value)), options);
        run(project(single(kind, single("x", value))), options);
        for (String nested : NESTED_KEYS) {
          run(project(single(kind, single("x", single(nested, value)))), options);
          runs++;
        }
      }
    }
    if (runs < 1000) {
      fail("too few combinations tried: " + runs);
    }
  }

  private static void run(Map<String, Object> tree, NormalizeOptions options) {
    try {
      var canonical = Canonicalizer.canonicalize(tree, options);
      Normalizer.normalize(canonical, options);
      ProfileResult profiles = Profiles.apply(canonical, Set.of());
      ConsistencyCheck.check(profiles.project(), profiles.disabledServices());
    } catch (ComposeException expected) {
      if (expected.getMessage() == null || expected.getMessage().isBlank()) {
        fail("empty message for " + tree);
      }
    } catch (RuntimeException e) {
      throw new AssertionError("unexpected " + e + " for " + tree, e);
    }
  }

  private static List<Object> values() {
    Map<String, Object> weirdMap = new LinkedHashMap<>();
    weirdMap.put("a", null);
    weirdMap.put("b", List.of(1L));
    weirdMap.put("c", Map.of("d", true));
    return Arrays.asList(null, "", "x", "service:web", "80:abc", "1:2:3:4", 0L, -1L, 1.5, true,
        new ArrayList<>(), Collections.singletonList(null), List.of(1L), List.of(true, 2.5), List.of(Map.of()),
        List.of(List.of("x")), new LinkedHashMap<>(), weirdMap, Map.of("source", 1L, "target", List.of(1L)));
  }

  private static Map<String, Object> single(String key, Object value) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(key, value);
    return map;
  }

  /** A mutable deep copy, as the stages may change what they are given. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> project(Map<String, Object> tree) {
    return (Map<String, Object>) mutable(tree);
  }

  private static Object mutable(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, item) -> copy.put(String.valueOf(key), mutable(item)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(mutable(item)));
      return copy;
    }
    return value;
  }
}
