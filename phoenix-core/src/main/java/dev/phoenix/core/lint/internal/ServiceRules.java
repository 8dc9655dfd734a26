package dev.phoenix.core.lint.internal;

import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import dev.phoenix.core.lint.Severity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules that look at one service at a time: {@code container-name-replicas},
 * {@code relative-bind-mount} (stacks staged for a remote daemon) and {@code swarm-ignored-key}
 * (Swarm targets).
 */
final class ServiceRules {
  static final String REPLICAS = "container-name-replicas";
  static final String BIND = "relative-bind-mount";
  static final String SWARM = "swarm-ignored-key";

  /** Keys {@code docker stack deploy} ignores or deprecates, with what it does about each. */
  private static final Map<String, String> SWARM_KEYS = swarmKeys();

  private ServiceRules() {
  }

  /**
   * Checks every definition of every service, the extended ones included. A place is reported
   * once per rule, for the first service it belongs to: a definition several services extend, or
   * one that is a service of its own too, says the same thing for each.
   */
  static void check(RawStack stack, Findings findings) {
    for (RawStack.RawService service : stack.services()) {
      replicas(stack, service, findings);
      if (stack.stack().stagedForRemoteDaemon()) {
        bindMounts(stack, service, findings);
      }
      if (stack.stack().swarmTarget()) {
        swarmKeys(stack, service, findings);
      }
    }
  }

  private static void replicas(RawStack stack, RawStack.RawService service, Findings findings) {
    if (!service.has("container_name")) {
      return;
    }
    long scale = number(service.resolved(service.get("scale")));
    long replicas = service.get("deploy") instanceof YamlMap deploy ? number(service.resolved(deploy.get("replicas"))) : 0;
    long count = Math.max(scale, replicas);
    if (count > 1) {
      findings.addOnce(Severity.ERROR, REPLICAS, stack.stack().name(), service.keyPlace("container_name"),
          "service " + service.name() + " sets container_name and asks for " + count
              + " replicas: container names are unique, so only one can run");
    }
  }

  private static void bindMounts(RawStack stack, RawStack.RawService service, Findings findings) {
    if (!(service.get("volumes") instanceof YamlList volumes)) {
      return;
    }
    for (int i = 0; i < volumes.size(); i++) {
      Object item = volumes.get(i);
      String source = null;
      if (item instanceof String text) {
        String resolved = service.resolved(text);
        int colon = resolved.indexOf(':');
        source = colon < 0 ? null : resolved.substring(0, colon);
      } else if (item instanceof YamlMap mount && "bind".equals(service.resolved(mount.get("type")))) {
        source = service.resolved(mount.get("source"));
      }
      if (source != null && isRelative(source)) {
        findings.addOnce(Severity.ERROR, BIND, stack.stack().name(), service.file().source().place(volumes.locationOf(i)),
            "service " + service.name() + " bind-mounts " + source
                + ", a path relative to the compose file, but the stack is deployed to a remote daemon,"
                + " which resolves it on its own machine: use an absolute path as the daemon sees it, or a volume");
      }
    }
  }

  private static boolean isRelative(String source) {
    return source.equals(".") || source.equals("..") || source.startsWith("./") || source.startsWith("../")
        || source.equals("~") || source.startsWith("~/");
  }

  private static void swarmKeys(RawStack stack, RawStack.RawService service, Findings findings) {
    for (String key : service.keys()) {
      String effect = SWARM_KEYS.get(key);
      if (effect != null) {
        findings.addOnce(Severity.WARNING, SWARM, stack.stack().name(), service.keyPlace(key),
            "service " + service.name() + ": " + key + " " + effect);
      }
    }
  }

  /** A whole number of replicas, or 0 when the value is absent or not a number. */
  private static long number(String value) {
    if (value == null) {
      return 0;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Map<String, String> swarmKeys() {
    Map<String, String> keys = new LinkedHashMap<>();
    for (String key : new String[] {"build", "cgroupns_mode", "cgroup_parent", "devices", "domainname",
        "external_links", "ipc", "links", "mac_address", "network_mode", "pid", "privileged", "restart",
        "security_opt", "shm_size", "userns_mode"}) {
      keys.put(key, "is ignored by docker stack deploy");
    }
    keys.put("container_name", "is deprecated for Swarm: tasks are named by the service");
    keys.put("expose", "is deprecated for Swarm: services on one network reach each other's ports");
    keys.put("depends_on", "has no effect on a Swarm: services start in any order");
    return Map.copyOf(keys);
  }
}
