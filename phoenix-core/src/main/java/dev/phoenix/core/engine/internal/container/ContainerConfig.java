package dev.phoenix.core.engine.internal.container;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HealthCheck;
import java.util.List;
import java.util.Map;

/**
 * The container-level part of a create request (everything outside {@code HostConfig}), as the
 * mapping computed it. A null value leaves the engine's or the image's default.
 *
 * @param hostname the host name, or null
 * @param domainname the domain name, or null
 * @param user the user, or null
 * @param workingDir the working directory, or null
 * @param command the command; null keeps the image's, empty clears it
 * @param entrypoint the entrypoint; null keeps the image's, empty clears it
 * @param env {@code KEY=value} or bare {@code KEY} entries
 * @param labels all labels, internal ones included
 * @param exposedPorts exposed ports, published ones included
 * @param healthcheck the health check, or null for the image's
 * @param stopSignal the stop signal, or null
 * @param stopTimeout seconds {@code stop} waits before killing, or null
 * @param tty whether a TTY is allocated
 * @param stdinOpen whether standard input stays open
 * @param macAddress the container's MAC address, or null
 * @param platform the platform of the image to run, or null
 * @param primaryNetwork the engine name of the network joined at creation, or null
 * @param aliases the aliases on the primary network
 * @param ipv4Address a static IPv4 address on the primary network, or null
 * @param ipv6Address a static IPv6 address on the primary network, or null
 */
record ContainerConfig(
    String hostname,
    String domainname,
    String user,
    String workingDir,
    List<String> command,
    List<String> entrypoint,
    List<String> env,
    Map<String, String> labels,
    List<ExposedPort> exposedPorts,
    HealthCheck healthcheck,
    String stopSignal,
    Integer stopTimeout,
    boolean tty,
    boolean stdinOpen,
    String macAddress,
    String platform,
    String primaryNetwork,
    List<String> aliases,
    String ipv4Address,
    String ipv6Address) {

  ContainerConfig {
    command = command == null ? null : List.copyOf(command);
    entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
    env = List.copyOf(env);
    labels = Map.copyOf(labels);
    exposedPorts = List.copyOf(exposedPorts);
    aliases = List.copyOf(aliases);
  }
}
