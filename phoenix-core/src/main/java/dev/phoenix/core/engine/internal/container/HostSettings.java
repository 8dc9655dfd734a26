package dev.phoenix.core.engine.internal.container;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Isolation;
import com.github.dockerjava.api.model.LogConfig;
import com.github.dockerjava.api.model.RestartPolicy;
import dev.phoenix.api.compose.Logging;
import dev.phoenix.api.compose.ServiceIsolation;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.api.deploy.DeploymentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The host settings outside resources, mounts and networks: restart policy, logging, capabilities,
 * security options, namespaces, DNS, extra hosts and sysctls.
 */
final class HostSettings {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CAP_PREFIX = "CAP_";
  static final String UNCONFINED_PATHS = "systempaths=unconfined";

  private HostSettings() {
  }

  /** Fills {@code host} with the settings of {@code context}'s service. */
  static void apply(ContainerContext context, HostConfig host) {
    ServiceSpec service = context.service();
    RestartPolicy restart = restartPolicy(service);
    if (restart != null) {
      host.withRestartPolicy(restart);
    }
    LogConfig log = logConfig(service.logging());
    if (log != null) {
      host.withLogConfig(log);
    }
    isolation(context, host);
    if (!service.dns().isEmpty()) {
      host.withDns(service.dns());
    }
    if (!service.dnsSearch().isEmpty()) {
      host.withDnsSearch(service.dnsSearch());
    }
    if (!service.dnsOpt().isEmpty()) {
      host.withDnsOptions(service.dnsOpt());
    }
    if (!service.extraHosts().isEmpty()) {
      host.withExtraHosts(service.extraHosts().stream().map(HostSettings::extraHost).toArray(String[]::new));
    }
    if (service.init() != null) {
      host.withInit(service.init());
    }
    if (!service.annotations().isEmpty() && context.apiAtLeast("1.43")) {
      host.withAnnotations(service.annotations());
    }
  }

  private static void isolation(ContainerContext context, HostConfig host) {
    ServiceIsolation i = context.service().isolation();
    List<Capability> add = capabilities(i.capAdd());
    if (!add.isEmpty()) {
      host.withCapAdd(add.toArray(Capability[]::new));
    }
    List<Capability> drop = capabilities(i.capDrop());
    if (!drop.isEmpty()) {
      host.withCapDrop(drop.toArray(Capability[]::new));
    }
    List<String> securityOpts = securityOpts(context);
    if (!securityOpts.isEmpty()) {
      host.withSecurityOpts(securityOpts);
    }
    if (i.privileged()) {
      host.withPrivileged(true);
    }
    if (i.readOnly()) {
      host.withReadonlyRootfs(true);
    }
    if (i.ipc() != null) {
      host.withIpcMode(ContainerNetworks.resolve(context, i.ipc(), "ipc"));
    }
    if (i.pid() != null) {
      host.withPidMode(ContainerNetworks.resolve(context, i.pid(), "pid"));
    }
    if (i.cgroup() != null) {
      host.withCgroupnsMode(i.cgroup());
    }
    if (i.uts() != null) {
      host.withUtSMode(i.uts());
    }
    if (i.usernsMode() != null) {
      host.withUsernsMode(i.usernsMode());
    }
    if (i.runtime() != null) {
      host.withRuntime(i.runtime());
    }
    if (i.isolation() != null && Isolation.fromValue(i.isolation()) != null) {
      host.withIsolation(Isolation.fromValue(i.isolation()));
    }
    if (!i.groupAdd().isEmpty()) {
      host.withGroupAdd(i.groupAdd());
    }
    if (!i.sysctls().isEmpty()) {
      host.withSysctls(i.sysctls());
    }
  }

  /**
   * The capabilities docker-java can send. Its {@link Capability} enum holds {@code ALL} and every
   * capability of the Linux kernel; the engine accepts names with or without {@code CAP_} and in any
   * case, so names are normalized the same way. A name outside the enum is one the engine rejects
   * as well: it is reported as unsupported and left out.
   */
  static List<Capability> capabilities(List<String> names) {
    List<Capability> result = new ArrayList<>();
    for (String name : names) {
      Capability capability = capability(name);
      if (capability != null && !result.contains(capability)) {
        result.add(capability);
      }
    }
    return result;
  }

  /** The capability called {@code name} ({@code NET_ADMIN}, {@code cap_sys_time}, {@code ALL}), or null. */
  static Capability capability(String name) {
    String upper = name.trim().toUpperCase(Locale.ROOT);
    if (upper.startsWith(CAP_PREFIX)) {
      upper = upper.substring(CAP_PREFIX.length());
    }
    for (Capability capability : Capability.values()) {
      if (capability.name().equals(upper)) {
        return capability;
      }
    }
    return null;
  }

  /**
   * {@code security_opt} as Compose sends it: a {@code seccomp} profile given as a file is read and
   * sent as compact JSON; {@code systempaths=unconfined} has no docker-java counterpart and is
   * reported instead.
   */
  private static List<String> securityOpts(ContainerContext context) {
    List<String> result = new ArrayList<>();
    for (String option : context.service().isolation().securityOpt()) {
      if (option.equals(UNCONFINED_PATHS)) {
        continue;
      }
      int separator = option.indexOf('=');
      if (separator < 0) {
        separator = option.indexOf(':');
      }
      String key = separator < 0 ? option : option.substring(0, separator);
      String value = separator < 0 ? "" : option.substring(separator + 1);
      if (key.equals("seccomp") && !value.equals("unconfined") && !value.equals("builtin")) {
        result.add("seccomp=" + seccompProfile(context, value));
      } else {
        result.add(option);
      }
    }
    return result;
  }

  private static String seccompProfile(ContainerContext context, String file) {
    Path path = Path.of(file);
    if (!path.isAbsolute() && context.project().workingDirectory() != null) {
      path = context.project().workingDirectory().resolve(path);
    }
    try {
      return JSON.writeValueAsString(JSON.readTree(Files.readString(path)));
    } catch (JsonProcessingException e) {
      throw new DeploymentException(context.projectName(), null, "service " + context.service().name()
          + ": the seccomp profile " + path + " is not valid JSON: " + e.getOriginalMessage(), List.of(), e);
    } catch (IOException e) {
      throw new DeploymentException(context.projectName(), null, "service " + context.service().name()
          + ": cannot read the seccomp profile " + path + ": " + e, List.of(), e);
    }
  }

  /**
   * {@code restart}, overridden by {@code deploy.restart_policy} when set, with Compose's mapping of
   * Swarm conditions: {@code none} is {@code no}, {@code any} is {@code always}.
   */
  static RestartPolicy restartPolicy(ServiceSpec service) {
    if (service.deploy() != null && service.deploy().restartPolicy() != null) {
      var policy = service.deploy().restartPolicy();
      int attempts = policy.maxAttempts() == null ? 0 : policy.maxAttempts();
      return policy(policy.condition() == null ? "" : policy.condition(), attempts);
    }
    if (service.restart() == null) {
      return null;
    }
    String[] parts = service.restart().split(":", 2);
    int attempts = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 0;
    return policy(parts[0], attempts);
  }

  private static RestartPolicy policy(String condition, int attempts) {
    return switch (condition) {
      case "none", "no", "" -> RestartPolicy.noRestart();
      case "on-failure" -> RestartPolicy.onFailureRestart(attempts);
      case "unless-stopped" -> RestartPolicy.unlessStoppedRestart();
      case "any", "always" -> RestartPolicy.alwaysRestart();
      default -> RestartPolicy.parse(condition);
    };
  }

  /**
   * The log driver and options. docker-java knows log drivers as an enum; a driver outside it (a
   * plugin) is reported as unsupported and the engine's default driver is kept.
   */
  static LogConfig logConfig(Logging logging) {
    if (logging == null) {
      return null;
    }
    LogConfig.LoggingType type = logging.driver() == null ? null : LogConfig.LoggingType.fromValue(logging.driver());
    if (logging.driver() != null && type == null) {
      return null;
    }
    return new LogConfig(type, logging.options().isEmpty() ? null : logging.options());
  }

  /** {@code host=ip} (as the loader writes it) or {@code host:ip} becomes the engine's {@code host:ip}. */
  static String extraHost(String entry) {
    int equals = entry.indexOf('=');
    return equals < 0 ? entry : entry.substring(0, equals) + ":" + entry.substring(equals + 1);
  }
}
