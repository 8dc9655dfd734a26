package dev.phoenix.core.compose.internal.normalize;

import java.util.List;
import java.util.Map;

/** The consistency checks of one service (see {@link ConsistencyCheck}). */
final class ServiceChecks {
  private final Map<?, ?> project;
  private final Map<?, ?> services;
  private final Map<String, ?> disabled;
  private final String name;
  private final Map<?, ?> service;
  private final At at;

  ServiceChecks(Map<?, ?> project, Map<?, ?> services, Map<String, ?> disabled, String name, Map<?, ?> service, At at) {
    this.project = project;
    this.services = services;
    this.disabled = disabled;
    this.name = name;
    this.service = service;
    this.at = at;
  }

  void run() {
    Map<?, ?> build = service.get("build") instanceof Map<?, ?> map ? map : null;
    if (build == null && service.get("image") == null && !service.containsKey("provider")) {
      throw at.invalid("service \"" + name + "\" has neither an image nor a build context specified");
    }
    if (build != null) {
      checkBuild(build);
    }
    checkNetworks();
    checkHealthcheck();
    checkDependencies();
    checkMounts();
    checkScale();
    checkResources();
    checkWatch();
  }

  private void checkBuild(Map<?, ?> build) {
    At here = at.key("build");
    if (build.get("dockerfile_inline") != null && build.get("dockerfile") != null) {
      throw here.invalid("service \"" + name + "\" declares mutually exclusive dockerfile and dockerfile_inline");
    }
    if (ConsistencyCheck.hasItems(build.get("platforms")) && service.get("platform") != null
        && !((List<?>) build.get("platforms")).contains(service.get("platform"))) {
      throw here.key("platforms").invalid("build.platforms must include the service platform \"" + service.get("platform") + "\"");
    }
    if (build.get("secrets") instanceof List<?> secrets) {
      for (int i = 0; i < secrets.size(); i++) {
        requireDeclared("secrets", secrets.get(i), here.key("secrets").index(i), "build secret");
      }
    }
  }

  private void checkNetworks() {
    Map<?, ?> networks = service.get("networks") instanceof Map<?, ?> map ? map : Map.of();
    if (service.get("network_mode") != null && !networks.isEmpty()) {
      throw at.key("network_mode").invalid("service \"" + name + "\" declares mutually exclusive `network_mode` and `networks`");
    }
    Map<?, ?> declared = project.get("networks") instanceof Map<?, ?> map ? map : Map.of();
    for (Object network : networks.keySet()) {
      if (!declared.containsKey(network)) {
        throw at.key("networks").key(String.valueOf(network)).invalid("service \"" + name + "\" refers to undefined network " + network);
      }
    }
    if (service.get("network_mode") instanceof String mode && mode.startsWith("service:")) {
      String target = mode.substring("service:".length());
      if (!services.containsKey(target) && !disabled.containsKey(target)) {
        throw at.key("network_mode").invalid("service \"" + target + "\" not found for network_mode 'service:" + target + "'");
      }
    }
  }

  private void checkHealthcheck() {
    if (service.get("healthcheck") instanceof Map<?, ?> healthcheck && healthcheck.get("test") instanceof List<?> test && !test.isEmpty()) {
      Object first = test.get(0);
      if (!"CMD".equals(first) && !"CMD-SHELL".equals(first) && !"NONE".equals(first)) {
        throw at.key("healthcheck").key("test").invalid("healthcheck.test must start either by \"CMD\", \"CMD-SHELL\" or \"NONE\"");
      }
    }
  }

  private void checkDependencies() {
    if (!(service.get("depends_on") instanceof Map<?, ?> dependsOn)) {
      return;
    }
    for (Map.Entry<?, ?> entry : dependsOn.entrySet()) {
      String target = String.valueOf(entry.getKey());
      if (services.containsKey(target)) {
        continue;
      }
      At here = at.key("depends_on").key(target);
      if (disabled.containsKey(target)) {
        if (Profiles.required(entry.getValue())) {
          throw here.invalid(Profiles.dependsOnDisabled(name, target, disabled.get(target)));
        }
        continue;
      }
      throw here.invalid("service \"" + name + "\" depends on undefined service \"" + target + "\"");
    }
  }

  private void checkMounts() {
    if (service.get("volumes") instanceof List<?> volumes) {
      for (int i = 0; i < volumes.size(); i++) {
        if (volumes.get(i) instanceof Map<?, ?> mount && "volume".equals(mount.get("type")) && mount.get("source") instanceof String source && !source.isEmpty()) {
          requireDeclared("volumes", source, at.key("volumes").index(i), "volume");
        }
      }
    }
    for (String kind : List.of("configs", "secrets")) {
      if (service.get(kind) instanceof List<?> references) {
        for (int i = 0; i < references.size(); i++) {
          requireDeclared(kind, references.get(i), at.key(kind).index(i), kind.substring(0, kind.length() - 1));
        }
      }
    }
  }

  private void requireDeclared(String kind, Object reference, At here, String what) {
    Object source = reference instanceof Map<?, ?> map ? map.get("source") : reference;
    Map<?, ?> declared = project.get(kind) instanceof Map<?, ?> map ? map : Map.of();
    if (!declared.containsKey(String.valueOf(source))) {
      throw here.invalid("service \"" + name + "\" refers to undefined " + what + " " + source);
    }
  }

  private void checkScale() {
    Map<?, ?> deploy = service.get("deploy") instanceof Map<?, ?> map ? map : Map.of();
    Long scale = GoValues.toLong(service.get("scale"));
    Long replicas = GoValues.toLong(deploy.get("replicas"));
    if (scale != null && replicas != null && !scale.equals(replicas)) {
      throw at.key("scale").invalid("can't set distinct values on 'scale' and 'deploy.replicas'");
    }
    long effective = scale != null ? scale : replicas != null ? replicas : 1;
    if (effective > 1 && service.get("container_name") != null) {
      String attribute = scale != null ? "scale" : "deploy.replicas";
      throw at.key("container_name").invalid("can't set container_name and " + attribute + " as container name must be unique");
    }
  }

  private void checkResources() {
    Map<?, ?> resources = nested(service.get("deploy"), "resources");
    Map<?, ?> limits = nested(resources, "limits");
    Map<?, ?> reservations = nested(resources, "reservations");
    Double cpus = GoValues.toDouble(service.get("cpus"));
    Double limitCpus = GoValues.toDouble(limits.get("cpus"));
    // Compose holds CPU counts as 32-bit floats, so they are compared at that precision
    if (cpus != null && cpus != 0 && limitCpus != null && cpus.floatValue() != limitCpus.floatValue()) {
      throw at.key("cpus").invalid("can't set distinct values on 'cpus' and 'deploy.resources.limits.cpus'");
    }
    compareBytes("mem_limit", limits.get("memory"), "deploy.resources.limits.memory");
    compareBytes("mem_reservation", reservations.get("memory"), "deploy.resources.reservations.memory");
    Long pids = GoValues.toLong(service.get("pids_limit"));
    Long limitPids = GoValues.toLong(limits.get("pids"));
    if (pids != null && pids != 0 && limitPids != null && !pids.equals(limitPids)) {
      throw at.key("pids_limit").invalid("can't set distinct values on 'pids_limit' and 'deploy.resources.limits.pids'");
    }
  }

  private void compareBytes(String key, Object deployValue, String deployPath) {
    Object value = service.get(key);
    if (value == null || deployValue == null) {
      return;
    }
    long bytes = ByteUnits.bytes(value, at.key(key));
    if (bytes != 0 && bytes != ByteUnits.bytes(deployValue, at.key("deploy"))) {
      throw at.key(key).invalid("can't set distinct values on '" + key + "' and '" + deployPath + "'");
    }
  }

  private void checkWatch() {
    if (service.get("develop") instanceof Map<?, ?> develop && develop.get("watch") instanceof List<?> watches) {
      for (int i = 0; i < watches.size(); i++) {
        if (watches.get(i) instanceof Map<?, ?> watch && !"rebuild".equals(watch.get("action"))
            && (watch.get("target") == null || "".equals(watch.get("target")))) {
          throw at.key("develop").key("watch").index(i).invalid("target is required for non-rebuild actions");
        }
      }
    }
  }

  private static Map<?, ?> nested(Object parent, String key) {
    return parent instanceof Map<?, ?> map && map.get(key) instanceof Map<?, ?> child ? child : Map.of();
  }
}
