package dev.phoenix.core.engine.internal.container;

import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import dev.phoenix.api.compose.ServiceSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps one container of a Compose service to the engine's {@code ContainerCreate} request, with
 * Compose's semantics (see {@link UnsupportedKeys} for what is not applied).
 */
public final class ContainerMapping {
  private ContainerMapping() {
  }

  /**
   * The create request of the container {@code context} describes.
   *
   * @throws dev.phoenix.api.deploy.DeploymentException when a service it refers to
   *     ({@code network_mode: service:x}, {@code volumes_from}, {@code links}) has no container, or a
   *     seccomp profile cannot be read
   */
  public static ContainerRequest map(ContainerContext context) {
    ServiceSpec service = context.service();
    HostConfig host = HostConfig.newHostConfig();
    Ports bindings = PublishedPorts.bindings(service);
    if (!service.ports().isEmpty()) {
      host.withPortBindings(bindings);
    }
    ContainerMounts.apply(context, host);
    ContainerResources.apply(service, host);
    HostSettings.apply(context, host);
    ContainerNetworks.Attachments networks = ContainerNetworks.apply(context, host);
    NetworkAttachment primary = networks.primary();
    ContainerConfig config = new ContainerConfig(
        service.hostname(),
        service.domainname(),
        service.user(),
        service.workingDir(),
        service.command(),
        service.entrypoint(),
        env(service.environment()),
        labels(service.labels(), context.labels()),
        PublishedPorts.exposed(service),
        healthcheck(context),
        service.stopSignal(),
        service.stopGracePeriod() == null ? null : Math.toIntExact(service.stopGracePeriod().getSeconds()),
        service.tty(),
        service.stdinOpen(),
        macAddress(service, primary),
        service.platform(),
        primary == null ? null : primary.networkName(),
        primary == null ? List.of() : primary.aliases(),
        primary == null ? null : primary.ipv4Address(),
        primary == null ? null : primary.ipv6Address());
    return new ContainerRequest(config, host, networks.additional());
  }

  /** {@code KEY=value}, or the bare {@code KEY} Compose sends for a variable without a value. */
  static List<String> env(Map<String, String> environment) {
    List<String> env = new ArrayList<>(environment.size());
    environment.forEach((key, value) -> env.add(value == null ? key : key + "=" + value));
    return env;
  }

  /** The service's labels with the deployer's over them: the internal ones win. */
  static Map<String, String> labels(Map<String, String> own, Map<String, String> internal) {
    Map<String, String> labels = new LinkedHashMap<>(own);
    labels.putAll(internal);
    return labels;
  }

  /**
   * The container's MAC address: {@code mac_address}, else the primary network's
   * {@code mac_address}. docker-java sends it at container level, which every engine accepts and
   * engines from API 1.44 on move to the primary endpoint.
   */
  private static String macAddress(ServiceSpec service, NetworkAttachment primary) {
    if (service.macAddress() != null) {
      return service.macAddress();
    }
    return primary == null ? null : primary.macAddress();
  }

  /**
   * The health check: {@code disable} is {@code ["NONE"]}; durations in nanoseconds;
   * {@code start_interval} only from API 1.44 on (reported as unsupported before).
   */
  static HealthCheck healthcheck(ContainerContext context) {
    dev.phoenix.api.compose.HealthCheck check = context.service().healthcheck();
    if (check == null) {
      return null;
    }
    if (check.disable()) {
      return new HealthCheck().withTest(List.of("NONE"));
    }
    HealthCheck health = new HealthCheck();
    if (!check.test().isEmpty()) {
      health.withTest(check.test());
    }
    health.withInterval(nanos(check.interval()))
        .withTimeout(nanos(check.timeout()))
        .withStartPeriod(nanos(check.startPeriod()))
        .withRetries(check.retries());
    if (check.startInterval() != null && context.apiAtLeast("1.44")) {
      health.withStartInterval(nanos(check.startInterval()));
    }
    return health;
  }

  private static Long nanos(Duration duration) {
    return duration == null ? null : duration.toNanos();
  }
}
