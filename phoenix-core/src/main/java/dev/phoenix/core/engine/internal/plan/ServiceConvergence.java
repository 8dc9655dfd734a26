package dev.phoenix.core.engine.internal.plan;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.DeployOptions;
import dev.phoenix.api.deploy.DeploymentException;
import dev.phoenix.api.deploy.FieldChange;
import dev.phoenix.core.engine.internal.ComposeLabels;
import dev.phoenix.core.engine.internal.ComposeNames;
import dev.phoenix.core.engine.internal.hash.ConfigHash;
import dev.phoenix.core.engine.internal.hash.ServiceDigest;
import dev.phoenix.core.engine.internal.observe.ObservedContainer;
import dev.phoenix.core.engine.internal.observe.ObservedStack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Decides, for one service, what happens to each of its containers: Compose's convergence
 * ({@code up}), with one departure. A container that exited with code 0, of a service the engine
 * does not restart ({@code restart} absent or {@code no}), is a one-shot job that completed: it is
 * kept, so that deploying the same stack again changes nothing. {@code docker compose up} starts
 * such a container again and runs the job once more.
 */
final class ServiceConvergence {
  private final ComposeProject project;
  private final ObservedStack observed;
  private final DeployOptions options;
  private final Map<String, String> recreatedNetworks;

  /**
   * @param recreatedNetworks engine names of the networks being recreated, by network key: every
   *     container attached to one is recreated too
   */
  ServiceConvergence(ComposeProject project, ObservedStack observed, DeployOptions options,
      Map<String, String> recreatedNetworks) {
    this.project = project;
    this.observed = observed;
    this.options = options;
    this.recreatedNetworks = recreatedNetworks;
  }

  /** How many containers {@code service} should have: {@code scale}, else {@code deploy.replicas}, else 1. */
  static int replicas(ServiceSpec service) {
    if (service.scale() != null) {
      return service.scale();
    }
    if (service.deploy() != null && service.deploy().replicas() != null) {
      return service.deploy().replicas();
    }
    return 1;
  }

  ServicePlan plan(ServiceSpec service, ServiceDigest digest) {
    int replicas = replicas(service);
    if (service.containerName() != null && replicas > 1) {
      throw new DeploymentException(project.name(), "service " + service.name() + " sets container_name "
          + service.containerName() + " but asks for " + replicas + " containers; a container name must be unique");
    }
    String image = ComposeNames.image(project.name(), service);
    Optional<String> imageId = observed.imageId(image);

    List<ContainerStep> current = new ArrayList<>();
    for (ObservedContainer container : observed.containersOf(service.name())) {
      current.add(step(service, digest, image, imageId, container));
    }
    // Compose keeps up-to-date containers first, lowest numbers first; the surplus goes from the end
    current.sort(Comparator.comparing((ContainerStep step) -> step.action() == Action.RECREATE)
        .thenComparingInt(ContainerStep::number));

    List<ContainerStep> steps = new ArrayList<>();
    int highest = 0;
    for (ContainerStep step : current) {
      highest = Math.max(highest, step.number());
    }
    for (int i = 0; i < Math.min(replicas, current.size()); i++) {
      steps.add(current.get(i));
    }
    for (int number = highest + 1; steps.size() < replicas; number++) {
      steps.add(new ContainerStep(Action.CREATE, number, nameOf(service, number), null, "new", List.of()));
    }
    steps.sort(Comparator.comparingInt(ContainerStep::number));
    List<ContainerStep> surplus = new ArrayList<>(current.subList(Math.min(replicas, current.size()), current.size()));
    surplus.sort(Comparator.comparingInt(ContainerStep::number).reversed());
    for (ContainerStep extra : surplus) {
      ObservedContainer container = extra.existing();
      steps.add(new ContainerStep(Action.REMOVE, extra.number(), container.name(), container, "scaled down",
          List.of()));
    }
    return new ServicePlan(service, image, digest.hash(), digest.fields(), replicas, steps);
  }

  private String nameOf(ServiceSpec service, int number) {
    return service.containerName() != null
        ? service.containerName()
        : project.name() + "-" + service.name() + "-" + number;
  }

  private ContainerStep step(ServiceSpec service, ServiceDigest digest, String image, Optional<String> imageId,
      ObservedContainer container) {
    int number = container.number();
    String wantedName = nameOf(service, number);
    if (options.forceRecreate()) {
      return recreate(number, wantedName, container, "forced", List.of());
    }
    for (String key : service.networks().keySet()) {
      String network = recreatedNetworks.get(key);
      if (network != null) {
        return recreate(number, wantedName, container, "network " + network + " recreated", List.of());
      }
    }
    boolean configChanged = !digest.hash().equals(container.label(ComposeLabels.PHOENIX_CONFIG_HASH));
    String runningImageId = container.label(ComposeLabels.IMAGE);
    boolean imageChanged = imageId.isPresent() && !imageId.get().equals(runningImageId);
    if (configChanged || imageChanged) {
      List<FieldChange> fields = new ArrayList<>();
      if (configChanged) {
        fields.addAll(FieldDiff.between(ConfigHash.decodeFields(container.label(ComposeLabels.PHOENIX_CONFIG_FIELDS)),
            digest.fields(), container.image(), image));
      }
      if (imageChanged) {
        fields.add(FieldChange.of("image id", FieldDiff.shortImageId(runningImageId),
            FieldDiff.shortImageId(imageId.get())));
      }
      boolean onlyImage = fields.stream().allMatch(f -> f.field().equals("image") || f.field().equals("image id"));
      String reason = imageChanged && !configChanged || configChanged && onlyImage && !fields.isEmpty()
          ? "image changed" : "configuration changed";
      return recreate(number, wantedName, container, reason, fields);
    }
    if ("dead".equals(container.state()) || "removing".equals(container.state())) {
      return recreate(number, wantedName, container, "not running", List.of());
    }
    if (needsStart(service, container)) {
      return new ContainerStep(Action.START, number, container.name(), container, "not running", List.of());
    }
    return new ContainerStep(Action.KEEP, number, container.name(), container, null, List.of());
  }

  private static ContainerStep recreate(int number, String name, ObservedContainer container, String reason,
      List<FieldChange> fields) {
    return new ContainerStep(Action.RECREATE, number, name, container, reason, fields);
  }

  /**
   * A container that was created but never started, or that stopped with an error, is started; one
   * that exited with 0 only when the engine would have kept it running (see the class comment).
   */
  private static boolean needsStart(ServiceSpec service, ObservedContainer container) {
    if ("created".equals(container.state())) {
      return true;
    }
    if (!"exited".equals(container.state())) {
      return false;
    }
    OptionalInt exitCode = container.exitCode();
    if (exitCode.isEmpty() || exitCode.getAsInt() != 0) {
      return true;
    }
    return RestartRules.restarts(service);
  }
}
