package dev.phoenix.core.engine.internal.plan;

import dev.phoenix.api.deploy.Action;
import dev.phoenix.core.engine.internal.ComposeLabels;
import dev.phoenix.core.engine.internal.hash.ConfigHash;
import dev.phoenix.core.engine.internal.observe.ObservedContainer;
import dev.phoenix.core.engine.internal.observe.ObservedNetwork;
import dev.phoenix.core.engine.internal.observe.ObservedStack;
import dev.phoenix.core.engine.internal.observe.ObservedVolume;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Engine states written by hand: what the engine would report for a stack, built without an
 * engine. {@link #after} gives the state once a plan has been applied, labelled as the applier
 * labels what it creates.
 */
final class Engines {
  static final String IMAGE_ID = "sha256:" + "a".repeat(64);

  private Engines() {
  }

  /** An engine that holds nothing of the stack, with every image present. */
  static ObservedStack empty(String project, String... images) {
    Map<String, String> ids = new HashMap<>();
    for (String image : images) {
      ids.put(image, IMAGE_ID);
    }
    return new ObservedStack(project, List.of(), Map.of(), Map.of(), ids);
  }

  /** The engine once {@code plan} has been applied to {@code before}. */
  static ObservedStack after(EnginePlan plan, ObservedStack before) {
    String project = plan.plan().stack();
    Map<String, ObservedNetwork> networks = new LinkedHashMap<>(before.networks());
    for (NetworkStep step : plan.networks()) {
      if (step.action() == Action.CREATE || step.action() == Action.RECREATE) {
        networks.put(step.name(), new ObservedNetwork("net-" + step.name(), step.name(), "bridge", Map.of(
            ComposeLabels.PROJECT, project, ComposeLabels.NETWORK, step.key(),
            ComposeLabels.PHOENIX_CONFIG_HASH, step.configHash())));
      }
    }
    Map<String, ObservedVolume> volumes = new LinkedHashMap<>(before.volumes());
    for (VolumeStep step : plan.volumes()) {
      if (step.action() == Action.CREATE) {
        volumes.put(step.name(), new ObservedVolume(step.name(), "local", Map.of(ComposeLabels.PROJECT, project,
            ComposeLabels.VOLUME, step.key(), ComposeLabels.PHOENIX_CONFIG_HASH, step.configHash())));
      }
    }
    List<ObservedContainer> containers = new ArrayList<>();
    for (ServicePlan service : plan.services()) {
      for (ContainerStep step : service.containers()) {
        switch (step.action()) {
          case CREATE, RECREATE -> containers.add(running(project, service, step.number(), step.name(),
              plan.stackVersion(), before.imageId(service.image()).orElse(null)));
          case START -> containers.add(with(step.existing(), c -> state(c, "running", "Up 1 second")));
          case KEEP -> containers.add(step.existing());
          case REMOVE -> { }
        }
      }
    }
    // containers no step of a service accounts for (orphans, one-offs) stay unless removed as orphans
    List<String> handled = new ArrayList<>();
    plan.services().forEach(s -> s.containers().stream().filter(step -> step.existing() != null)
        .forEach(step -> handled.add(step.existing().id())));
    plan.plan().changes().stream().filter(change -> change.action() == Action.REMOVE)
        .forEach(change -> handled.addAll(before.containers().stream()
            .filter(c -> c.name().equals(change.name())).map(ObservedContainer::id).toList()));
    for (ObservedContainer container : before.containers()) {
      if (!handled.contains(container.id())) {
        containers.add(container);
      }
    }
    return new ObservedStack(project, containers, networks, volumes, before.images());
  }

  private static ObservedContainer running(String project, ServicePlan service, int number, String name,
      int stackVersion, String imageId) {
    Map<String, String> labels = new HashMap<>();
    labels.put(ComposeLabels.PROJECT, project);
    labels.put(ComposeLabels.SERVICE, service.name());
    labels.put(ComposeLabels.CONTAINER_NUMBER, Integer.toString(number));
    labels.put(ComposeLabels.ONEOFF, "False");
    labels.put(ComposeLabels.CONFIG_HASH, service.configHash());
    labels.put(ComposeLabels.PHOENIX_CONFIG_HASH, service.configHash());
    labels.put(ComposeLabels.PHOENIX_CONFIG_FIELDS, ConfigHash.encodeFields(service.fieldDigests()));
    labels.put(ComposeLabels.PHOENIX_STACK_VERSION, Integer.toString(stackVersion));
    if (imageId != null) {
      labels.put(ComposeLabels.IMAGE, imageId);
    }
    return new ObservedContainer("id-" + name + "-v" + stackVersion, name, service.name(), number, false,
        service.image(), imageId, "running", "Up 1 second", 0, labels);
  }

  /** A container of {@code project} with only Compose's identifying labels. */
  static ObservedContainer container(String project, String service, int number, boolean oneoff, String state,
      String status) {
    String name = oneoff ? project + "-" + service + "-run-0123456789ab" : project + "-" + service + "-" + number;
    return new ObservedContainer("id-" + name, name, service, number, oneoff, "busybox", IMAGE_ID, state, status, 0,
        Map.of(ComposeLabels.PROJECT, project, ComposeLabels.SERVICE, service,
            ComposeLabels.ONEOFF, oneoff ? "True" : "False"));
  }

  /** {@code container} with a new state and status text. */
  static ObservedContainer state(ObservedContainer c, String state, String status) {
    return new ObservedContainer(c.id(), c.name(), c.service(), c.number(), c.oneoff(), c.image(), c.imageId(), state,
        status, c.created(), c.labels());
  }

  /** {@code container} with labels changed by {@code edit}. */
  static ObservedContainer labels(ObservedContainer c, UnaryOperator<Map<String, String>> edit) {
    Map<String, String> labels = edit.apply(new HashMap<>(c.labels()));
    return new ObservedContainer(c.id(), c.name(), c.service(), c.number(), c.oneoff(), c.image(), c.imageId(),
        c.state(), c.status(), c.created(), labels);
  }

  /** {@code container} changed by {@code edit}. */
  static ObservedContainer with(ObservedContainer container, UnaryOperator<ObservedContainer> edit) {
    return edit.apply(container);
  }

  /** {@code stack} with its containers replaced. */
  static ObservedStack withContainers(ObservedStack stack, List<ObservedContainer> containers) {
    return new ObservedStack(stack.project(), containers, stack.networks(), stack.volumes(), stack.images());
  }

  /** {@code stack} with {@code container} added. */
  static ObservedStack plus(ObservedStack stack, ObservedContainer container) {
    List<ObservedContainer> containers = new ArrayList<>(stack.containers());
    containers.add(container);
    return withContainers(stack, containers);
  }

  /** {@code stack} with the container named {@code name} replaced by {@code edit}. */
  static ObservedStack editing(ObservedStack stack, String name, UnaryOperator<ObservedContainer> edit) {
    return withContainers(stack, stack.containers().stream()
        .map(c -> c.name().equals(name) ? edit.apply(c) : c).toList());
  }

  /** {@code stack} with other local images. */
  static ObservedStack withImages(ObservedStack stack, Map<String, String> images) {
    return new ObservedStack(stack.project(), stack.containers(), stack.networks(), stack.volumes(), images);
  }

  /** {@code stack} with a network added or replaced. */
  static ObservedStack withNetwork(ObservedStack stack, ObservedNetwork network) {
    Map<String, ObservedNetwork> networks = new LinkedHashMap<>(stack.networks());
    networks.put(network.name(), network);
    return new ObservedStack(stack.project(), stack.containers(), networks, stack.volumes(), stack.images());
  }

  /** {@code stack} with a volume added or replaced. */
  static ObservedStack withVolume(ObservedStack stack, ObservedVolume volume) {
    Map<String, ObservedVolume> volumes = new LinkedHashMap<>(stack.volumes());
    volumes.put(volume.name(), volume);
    return new ObservedStack(stack.project(), stack.containers(), stack.networks(), volumes, stack.images());
  }
}
