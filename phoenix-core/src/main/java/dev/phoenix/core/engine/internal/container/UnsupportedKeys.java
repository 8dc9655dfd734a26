package dev.phoenix.core.engine.internal.container;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.ConfigSpec;
import dev.phoenix.api.compose.DeploySpec;
import dev.phoenix.api.compose.ResourceAllocation;
import dev.phoenix.api.compose.SecretSpec;
import dev.phoenix.api.compose.ServiceConfigRef;
import dev.phoenix.api.compose.ServiceMount;
import dev.phoenix.api.compose.ServiceNetwork;
import dev.phoenix.api.compose.ServiceSecretRef;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.api.deploy.UnsupportedKey;
import dev.phoenix.core.engine.internal.connect.ApiVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys of a service that {@link ContainerMapping} does not apply, each with the reason, so a
 * plan names them instead of dropping them silently.
 *
 * <p>Every component of {@link ServiceSpec}, {@code ServiceResources}, {@code ServiceIsolation} and
 * {@link DeploySpec} is in exactly one of the sets below: mapped to the container, handled by the
 * deployer (image, scale, order…), or reported here when set. A test checks that a new component
 * cannot be added without being placed.
 */
public final class UnsupportedKeys {
  /** Service keys the container mapping applies (in whole or, as reported below, in part). */
  static final Set<String> MAPPED_SERVICE = Set.of("annotations", "command", "configs", "dns", "dnsOpt", "dnsSearch",
      "domainname", "entrypoint", "environment", "expose", "externalLinks", "extraHosts", "hostname", "healthcheck",
      "init", "labels", "links", "logging", "macAddress", "networkMode", "networks", "platform", "ports", "restart",
      "secrets", "stdinOpen", "stopGracePeriod", "stopSignal", "tmpfs", "tty", "user", "volumes", "volumesFrom",
      "workingDir", "resources", "isolation", "deploy");
  /** Service keys the deployer handles outside the create request, or that carry no engine setting. */
  static final Set<String> DEPLOYER_SERVICE = Set.of("name", "profiles", "attach", "build", "containerName",
      "dependsOn", "envFiles", "image", "labelFiles", "pullPolicy", "scale", "extensions");
  /** Service keys reported whenever they are set. */
  static final Set<String> REPORTED_SERVICE = Set.of("models", "postStart", "preStop", "unknown");
  /** {@code ServiceResources} keys: all are mapped. */
  static final Set<String> MAPPED_RESOURCES = Set.of("blkioConfig", "cgroupParent", "cpuCount", "cpuPercent",
      "cpuPeriod", "cpuQuota", "cpuRtPeriod", "cpuRtRuntime", "cpus", "cpuset", "cpuShares", "deviceCgroupRules",
      "devices", "gpus", "memLimit", "memReservation", "memswapLimit", "memSwappiness", "oomKillDisable",
      "oomScoreAdj", "pidsLimit", "shmSize", "storageOpt", "ulimits");
  /** {@code ServiceIsolation} keys mapped. */
  static final Set<String> MAPPED_ISOLATION = Set.of("capAdd", "capDrop", "cgroup", "groupAdd", "ipc", "isolation",
      "pid", "privileged", "readOnly", "runtime", "securityOpt", "sysctls", "usernsMode", "uts");
  /** {@code ServiceIsolation} keys reported. */
  static final Set<String> REPORTED_ISOLATION = Set.of("useApiSocket");
  /** {@code DeploySpec} keys mapped ({@code resources}, {@code restart_policy}) or handled by the deployer. */
  static final Set<String> MAPPED_DEPLOY = Set.of("resources", "restartPolicy", "replicas", "extensions");
  /** {@code DeploySpec} keys reported when set ({@code mode} only when it is not {@code replicated}). */
  static final Set<String> REPORTED_DEPLOY = Set.of("mode", "labels", "updateConfig", "rollbackConfig", "placement",
      "endpointMode", "unknown");

  private static final String NEWEST_API = "99.0";
  private static final String SWARM_ONLY = "applies to Swarm services only";
  private static final String LATER_SECRETS = "secrets and configs from environment or content are copied into "
      + "the container by a later issue";
  private static final String NO_CLIENT_FIELD = "docker-java 3.7.1 has no field for it";

  private UnsupportedKeys() {
  }

  /** The unsupported keys of {@code service}, assuming an engine recent enough for every mapped key. */
  public static List<UnsupportedKey> of(ServiceSpec service, ComposeProject project) {
    return of(service, project, NEWEST_API);
  }

  /** The unsupported keys of {@code service} on an engine speaking {@code apiVersion}. */
  public static List<UnsupportedKey> of(ServiceSpec service, ComposeProject project, String apiVersion) {
    Report report = new Report(service.name());
    if (!service.models().isEmpty()) {
      report.add("models", "AI models need Docker Model Runner, which Phoenix does not drive");
    }
    if (!service.postStart().isEmpty()) {
      report.add("post_start", "lifecycle hooks are not run by Phoenix yet");
    }
    if (!service.preStop().isEmpty()) {
      report.add("pre_stop", "lifecycle hooks are not run by Phoenix yet");
    }
    report.unknown("", service.unknown());
    if (service.isolation().useApiSocket()) {
      report.add("use_api_socket", "Phoenix does not hand the engine socket and credentials to containers");
    }
    if (service.isolation().securityOpt().contains(HostSettings.UNCONFINED_PATHS)) {
      report.add("security_opt", HostSettings.UNCONFINED_PATHS + ": " + NO_CLIENT_FIELD + " (MaskedPaths, ReadonlyPaths)");
    }
    capabilities(report, "cap_add", service.isolation().capAdd());
    capabilities(report, "cap_drop", service.isolation().capDrop());
    if (service.logging() != null && service.logging().driver() != null
        && HostSettings.logConfig(service.logging()) == null) {
      report.add("logging.driver", "log driver " + service.logging().driver() + " is not one docker-java 3.7.1 can "
          + "send; the engine's default driver is used");
    }
    if (!service.annotations().isEmpty() && !ApiVersion.atLeast(apiVersion, "1.43")) {
      report.add("annotations", "needs Engine API 1.43; the engine speaks " + apiVersion);
    }
    if (service.healthcheck() != null && service.healthcheck().startInterval() != null
        && !service.healthcheck().disable() && !ApiVersion.atLeast(apiVersion, "1.44")) {
      report.add("healthcheck.start_interval", "needs Engine API 1.44; the engine speaks " + apiVersion);
    }
    volumes(report, service);
    networks(report, service);
    secrets(report, service, project);
    configs(report, service, project);
    deploy(report, service.deploy());
    return report.keys;
  }

  private static void capabilities(Report report, String key, List<String> names) {
    for (String name : names) {
      if (HostSettings.capability(name) == null) {
        report.add(key, name + " is not a Linux capability docker-java 3.7.1 knows");
      }
    }
  }

  private static void volumes(Report report, ServiceSpec service) {
    for (ServiceMount mount : service.volumes()) {
      String key = "volumes[" + mount.target() + "]";
      switch (mount.type()) {
        case NPIPE -> report.add(key, "named pipes exist on Windows engines only");
        case CLUSTER -> report.add(key, "cluster volumes " + SWARM_ONLY);
        case IMAGE -> report.add(key, "image mounts are not supported yet");
        default -> { }
      }
      if (mount.consistency() != null) {
        report.add(key + ".consistency", "only Docker Desktop uses it; " + NO_CLIENT_FIELD);
      }
      if (mount.bind() != null && mount.bind().recursive() != null) {
        report.add(key + ".bind.recursive", NO_CLIENT_FIELD);
      }
      if (mount.volume() != null && mount.volume().subpath() != null) {
        report.add(key + ".volume.subpath", NO_CLIENT_FIELD);
      }
      report.unknown(key + ".", mount.unknown());
    }
  }

  private static void networks(Report report, ServiceSpec service) {
    if (service.networkMode() != null) {
      return;
    }
    boolean primary = true;
    for (Map.Entry<String, ServiceNetwork> entry : ContainerNetworks.ordered(service)) {
      ServiceNetwork network = entry.getValue();
      String key = "networks." + entry.getKey();
      if (network != null) {
        if (!network.driverOpts().isEmpty()) {
          report.add(key + ".driver_opts", NO_CLIENT_FIELD);
        }
        if (network.gwPriority() != null) {
          report.add(key + ".gw_priority", NO_CLIENT_FIELD);
        }
        if (network.interfaceName() != null) {
          report.add(key + ".interface_name", NO_CLIENT_FIELD);
        }
        if (primary && !network.linkLocalIps().isEmpty()) {
          report.add(key + ".link_local_ips", "docker-java 3.7.1 cannot send them for the network joined at creation");
        }
        report.unknown(key + ".", network.unknown());
      }
      primary = false;
    }
  }

  private static void secrets(Report report, ServiceSpec service, ComposeProject project) {
    for (ServiceSecretRef ref : service.secrets()) {
      String key = "secrets." + ref.source();
      SecretSpec spec = project.secrets().get(ref.source());
      if (spec == null) {
        report.add(key, "the project declares no such secret");
      } else if (spec.external()) {
        report.add(key, "external secrets " + SWARM_ONLY);
      } else if (spec.file() == null) {
        report.add(key, LATER_SECRETS);
      } else if (ref.uid() != null || ref.gid() != null || ref.mode() != null) {
        report.add(key, "uid, gid and mode of file secrets are ignored, as Compose does");
      }
      report.unknown(key + ".", ref.unknown());
    }
  }

  private static void configs(Report report, ServiceSpec service, ComposeProject project) {
    for (ServiceConfigRef ref : service.configs()) {
      String key = "configs." + ref.source();
      ConfigSpec spec = project.configs().get(ref.source());
      if (spec == null) {
        report.add(key, "the project declares no such config");
      } else if (spec.external()) {
        report.add(key, "external configs " + SWARM_ONLY);
      } else if (spec.file() == null) {
        report.add(key, LATER_SECRETS);
      } else if (ref.uid() != null || ref.gid() != null || ref.mode() != null) {
        report.add(key, "uid, gid and mode of file configs are ignored, as Compose does");
      }
      report.unknown(key + ".", ref.unknown());
    }
  }

  private static void deploy(Report report, DeploySpec deploy) {
    if (deploy == null) {
      return;
    }
    if (deploy.mode() != null && !deploy.mode().equals("replicated")) {
      report.add("deploy.mode", deploy.mode() + " " + SWARM_ONLY + "; one container set is deployed");
    }
    if (!deploy.labels().isEmpty()) {
      report.add("deploy.labels", "labels of the Swarm service; " + SWARM_ONLY);
    }
    if (deploy.updateConfig() != null) {
      report.add("deploy.update_config", "rolling updates are handled by a later issue");
    }
    if (deploy.rollbackConfig() != null) {
      report.add("deploy.rollback_config", "rolling updates are handled by a later issue");
    }
    if (deploy.placement() != null) {
      report.add("deploy.placement", SWARM_ONLY);
    }
    if (deploy.endpointMode() != null) {
      report.add("deploy.endpoint_mode", SWARM_ONLY);
    }
    report.unknown("deploy.", deploy.unknown());
    if (deploy.restartPolicy() != null) {
      if (deploy.restartPolicy().delay() != null) {
        report.add("deploy.restart_policy.delay", SWARM_ONLY);
      }
      if (deploy.restartPolicy().window() != null) {
        report.add("deploy.restart_policy.window", SWARM_ONLY);
      }
      report.unknown("deploy.restart_policy.", deploy.restartPolicy().unknown());
    }
    if (deploy.resources() != null) {
      report.unknown("deploy.resources.", deploy.resources().unknown());
      allocation(report, "deploy.resources.limits", deploy.resources().limits());
      ResourceAllocation reservations = deploy.resources().reservations();
      allocation(report, "deploy.resources.reservations", reservations);
      if (reservations != null && reservations.cpus() != null) {
        report.add("deploy.resources.reservations.cpus", "CPU reservations " + SWARM_ONLY);
      }
      if (reservations != null && reservations.pids() != null) {
        report.add("deploy.resources.reservations.pids", SWARM_ONLY);
      }
    }
  }

  private static void allocation(Report report, String key, ResourceAllocation allocation) {
    if (allocation == null) {
      return;
    }
    if (!allocation.genericResources().isEmpty()) {
      report.add(key + ".generic_resources", SWARM_ONLY);
    }
    if (key.endsWith("limits") && !allocation.devices().isEmpty()) {
      report.add(key + ".devices", "devices are requested under reservations");
    }
    report.unknown(key + ".", allocation.unknown());
  }

  /** The keys found so far for one service. */
  private static final class Report {
    private final String service;
    private final List<UnsupportedKey> keys = new ArrayList<>();

    Report(String service) {
      this.service = service;
    }

    void add(String key, String reason) {
      keys.add(new UnsupportedKey(service, key, reason));
    }

    void unknown(String prefix, Map<String, Object> unknown) {
      for (String key : unknown.keySet()) {
        add(prefix + key, reasonForUnknown(key));
      }
    }

    private static String reasonForUnknown(String key) {
      return switch (key) {
        case "develop" -> "watch mode belongs to docker compose watch, not to a deployment";
        case "provider" -> "provider services are not supported";
        case "credential_spec" -> "credential specs exist on Windows engines only";
        case "pre_start" -> "lifecycle hooks are not run by Phoenix yet";
        default -> "not a key Phoenix knows how to apply";
      };
    }
  }
}
