package dev.phoenix.core.engine.internal.status;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.api.model.Network;
import dev.phoenix.api.deploy.ContainerStatus;
import dev.phoenix.api.deploy.StackStatus;
import dev.phoenix.api.deploy.StackSummary;
import dev.phoenix.core.engine.internal.ComposeLabels;
import dev.phoenix.core.engine.internal.observe.ObservedContainer;
import dev.phoenix.core.engine.internal.observe.Observer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads stacks from labels alone, without their Compose files, like {@code docker compose ps -p} and {@code ls}. */
public final class StackReader {
  private static final Pattern HEALTH = Pattern.compile("\\((healthy|unhealthy|health: starting)\\)");

  private final DockerClient docker;

  public StackReader(DockerClient docker) {
    this.docker = docker;
  }

  /** The stack named {@code project}: its containers (by service and number), networks and volumes. */
  public StackStatus status(String project) {
    List<Container> listed = docker.listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of(ComposeLabels.PROJECT, project)).exec();
    List<ContainerStatus> containers = new ArrayList<>();
    for (Container container : listed) {
      containers.add(toStatus(container));
    }
    containers.sort(Comparator.comparing(ContainerStatus::service).thenComparingInt(ContainerStatus::number)
        .thenComparing(ContainerStatus::name));
    List<String> networks = docker.listNetworksCmd().withFilter("label", List.of(ComposeLabels.PROJECT + "=" + project))
        .exec().stream().map(Network::getName).sorted().toList();
    var volumeResponse = docker.listVolumesCmd().withFilter("label", List.of(ComposeLabels.PROJECT + "=" + project))
        .exec();
    List<String> volumes = volumeResponse.getVolumes() == null ? List.of()
        : volumeResponse.getVolumes().stream().map(volume -> volume.getName()).sorted().toList();
    return new StackStatus(project, containers, networks, volumes);
  }

  static ContainerStatus toStatus(Container container) {
    ObservedContainer observed = Observer.toObserved(container);
    return new ContainerStatus(observed.name(), observed.id(), observed.service(), observed.oneoff() ? 0 : observed.number(),
        observed.image(), observed.state(), health(observed.status()), exitCode(observed.state(), observed.status()),
        observed.status(), ports(container.getPorts()));
  }

  /** {@code healthy}, {@code unhealthy}, {@code starting}, or null, from the status text. */
  public static String health(String status) {
    Matcher matcher = HEALTH.matcher(status == null ? "" : status);
    if (!matcher.find()) {
      return null;
    }
    return matcher.group(1).equals("health: starting") ? "starting" : matcher.group(1);
  }

  /** The exit code of an exited container, from the status text ({@code Exited (3) 2 minutes ago}). */
  public static Integer exitCode(String state, String status) {
    OptionalInt code = "exited".equals(state) ? ObservedContainer.exitCodeOf(status) : OptionalInt.empty();
    return code.isPresent() ? code.getAsInt() : null;
  }

  private static List<String> ports(ContainerPort[] ports) {
    if (ports == null) {
      return List.of();
    }
    return Arrays.stream(ports)
        .sorted(Comparator.comparing((ContainerPort port) -> port.getPrivatePort() == null ? 0 : port.getPrivatePort())
            .thenComparing(port -> port.getIp() == null ? "" : port.getIp()))
        .map(StackReader::port)
        .distinct()
        .toList();
  }

  private static String port(ContainerPort port) {
    String inside = port.getPrivatePort() + "/" + port.getType();
    if (port.getPublicPort() == null) {
      return inside;
    }
    String ip = port.getIp() == null || port.getIp().isEmpty() ? "" : port.getIp().contains(":") ? "[" + port.getIp()
        + "]:" : port.getIp() + ":";
    return ip + port.getPublicPort() + "->" + inside;
  }

  /** Every Compose project on the engine, Phoenix's or not, by name. */
  public List<StackSummary> list() {
    List<Container> listed = docker.listContainersCmd().withShowAll(true)
        .withLabelFilter(List.of(ComposeLabels.PROJECT)).exec();
    Map<String, Map<String, Integer>> states = new TreeMap<>();
    Map<String, List<String>> files = new TreeMap<>();
    Map<String, Boolean> phoenix = new TreeMap<>();
    for (Container container : listed) {
      Map<String, String> labels = container.getLabels();
      String project = labels.get(ComposeLabels.PROJECT);
      states.computeIfAbsent(project, key -> new TreeMap<>()).merge(
          container.getState() == null ? "unknown" : container.getState(), 1, Integer::sum);
      String configFiles = labels.get(ComposeLabels.CONFIG_FILES);
      if (configFiles != null && !configFiles.isEmpty()) {
        List<String> known = files.computeIfAbsent(project, key -> new ArrayList<>());
        for (String file : configFiles.split(",")) {
          if (!known.contains(file)) {
            known.add(file);
          }
        }
      }
      phoenix.merge(project, labels.containsKey(ComposeLabels.PHOENIX_STACK_VERSION), Boolean::logicalOr);
    }
    List<StackSummary> stacks = new ArrayList<>();
    for (String project : states.keySet()) {
      stacks.add(new StackSummary(project, states.get(project), files.getOrDefault(project, List.of()),
          phoenix.get(project)));
    }
    return stacks;
  }
}
