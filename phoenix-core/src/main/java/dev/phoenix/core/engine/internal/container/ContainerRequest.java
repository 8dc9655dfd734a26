package dev.phoenix.core.engine.internal.container;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.HostConfig;
import java.util.List;
import java.util.function.Consumer;

/**
 * The engine's view of one container of a service: what {@code ContainerCreate} needs, and the
 * networks to connect afterwards.
 *
 * <pre>{@code
 * ContainerRequest request = ContainerMapping.map(context);
 * String id = request.applyTo(docker.createContainerCmd(context.image()).withName(context.containerName()))
 *     .exec().getId();
 * for (NetworkAttachment network : request.additionalNetworks()) {
 *   docker.connectToNetworkCmd().withNetworkId(network.networkName()).withContainerId(id)
 *       .withContainerNetwork(network.toContainerNetwork()).exec();
 * }
 * }</pre>
 */
public final class ContainerRequest {
  private final ContainerConfig config;
  private final HostConfig hostConfig;
  private final List<NetworkAttachment> additionalNetworks;

  ContainerRequest(ContainerConfig config, HostConfig hostConfig, List<NetworkAttachment> additionalNetworks) {
    this.config = config;
    this.hostConfig = hostConfig;
    this.additionalNetworks = List.copyOf(additionalNetworks);
  }

  /**
   * Fills {@code cmd} with the container's configuration and host configuration, the primary
   * network's aliases and static addresses included, and returns it. The image and the name are the
   * caller's; call once per command.
   */
  public CreateContainerCmd applyTo(CreateContainerCmd cmd) {
    cmd.withHostConfig(hostConfig)
        .withLabels(config.labels())
        .withEnv(config.env())
        .withExposedPorts(config.exposedPorts())
        .withTty(config.tty())
        .withStdinOpen(config.stdinOpen());
    if (config.command() != null) {
      cmd.withCmd(config.command());
    }
    if (config.entrypoint() != null) {
      cmd.withEntrypoint(config.entrypoint());
    }
    setIfPresent(config.hostname(), cmd::withHostName);
    setIfPresent(config.domainname(), cmd::withDomainName);
    setIfPresent(config.user(), cmd::withUser);
    setIfPresent(config.workingDir(), cmd::withWorkingDir);
    setIfPresent(config.healthcheck(), cmd::withHealthcheck);
    setIfPresent(config.stopSignal(), cmd::withStopSignal);
    setIfPresent(config.stopTimeout(), cmd::withStopTimeout);
    setIfPresent(config.macAddress(), cmd::withMacAddress);
    setIfPresent(config.platform(), cmd::withPlatform);
    // docker-java builds the endpoint of HostConfig.NetworkMode from these at exec time.
    if (config.primaryNetwork() != null) {
      if (!config.aliases().isEmpty()) {
        cmd.withAliases(config.aliases());
      }
      setIfPresent(config.ipv4Address(), cmd::withIpv4Address);
      setIfPresent(config.ipv6Address(), cmd::withIpv6Address);
    }
    return cmd;
  }

  /** The networks to connect after creation and before the start, in Compose's order. */
  public List<NetworkAttachment> additionalNetworks() {
    return additionalNetworks;
  }

  /** The aliases on the primary network. */
  public List<String> primaryAliases() {
    return config.aliases();
  }

  private static <T> void setIfPresent(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }
}
