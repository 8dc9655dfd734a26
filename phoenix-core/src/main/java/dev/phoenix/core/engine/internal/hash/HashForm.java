package dev.phoenix.core.engine.internal.hash;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes out of a serialized service or resource what does not change a container, before it is
 * hashed. Works on copies: the project tree it reads is shared by every service of a plan.
 */
final class HashForm {
  /**
   * Service keys that do not change a container: how the image is obtained ({@code build},
   * {@code pull_policy}), how many containers there are ({@code scale}), start order
   * ({@code depends_on}), enablement ({@code profiles}), and where the environment and labels were
   * read from ({@code env_file}, {@code label_file}: their contents are already in
   * {@code environment} and {@code labels}).
   */
  static final Set<String> EXCLUDED_SERVICE_KEYS =
      Set.of("build", "pull_policy", "scale", "depends_on", "profiles", "env_file", "label_file");

  /**
   * Mappings whose keys are names a user chose, not Compose keys: an {@code x-} key there is a
   * real entry ({@code labels: {x-team: a}}) and is kept.
   */
  private static final Set<String> USER_KEYED = Set.of("environment", "labels", "annotations", "sysctls",
      "networks", "ulimits", "models", "storage_opt", "driver_opts", "options", "args", "aux_addresses");

  private HashForm() {
  }

  /** The service's tree without the excluded keys, {@code deploy.replicas} and every {@code x-*} key. */
  static Map<String, Object> service(Map<String, Object> service) {
    LinkedHashMap<String, Object> form = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : service.entrySet()) {
      String key = entry.getKey();
      if (EXCLUDED_SERVICE_KEYS.contains(key) || isExtension(key)) {
        continue;
      }
      Object value = "deploy".equals(key) ? withoutReplicas(entry.getValue()) : entry.getValue();
      Object stripped = strip(key, value);
      if (stripped != EMPTIED) {
        form.put(key, stripped);
      }
    }
    return form;
  }

  /** A network's, volume's, secret's or config's tree without its {@code x-*} keys. */
  static Map<String, Object> resource(Map<String, Object> resource) {
    Object stripped = strip(null, resource);
    @SuppressWarnings("unchecked")
    Map<String, Object> form = stripped == EMPTIED ? new LinkedHashMap<>() : (Map<String, Object>) stripped;
    return form;
  }

  private static Object withoutReplicas(Object deploy) {
    if (deploy instanceof Map<?, ?> map && map.containsKey("replicas")) {
      LinkedHashMap<Object, Object> copy = new LinkedHashMap<>(map);
      copy.remove("replicas");
      // deploy: {replicas: 2} and no deploy at all run the same container
      return copy.isEmpty() ? EMPTIED : copy;
    }
    return deploy;
  }

  /** Marks a mapping that only held stripped keys: it is dropped, as if it had never been written. */
  private static final Object EMPTIED = new Object();

  private static Object strip(String key, Object value) {
    if (value == EMPTIED) {
      return EMPTIED;
    }
    if (value instanceof Map<?, ?> map) {
      boolean userKeyed = key != null && USER_KEYED.contains(key);
      LinkedHashMap<String, Object> copy = new LinkedHashMap<>(map.size() * 4 / 3 + 1);
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String child = (String) entry.getKey();
        if (!userKeyed && isExtension(child)) {
          continue;
        }
        // below a user-keyed map, the values are records again (networks.front.aliases...)
        Object stripped = strip(userKeyed ? null : child, entry.getValue());
        if (stripped != EMPTIED) {
          copy.put(child, stripped);
        }
      }
      return copy.isEmpty() && !map.isEmpty() ? EMPTIED : copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object item : list) {
        Object stripped = strip(null, item);
        copy.add(stripped == EMPTIED ? Map.of() : stripped);
      }
      return copy;
    }
    return value;
  }

  private static boolean isExtension(String key) {
    return key.startsWith("x-");
  }
}
