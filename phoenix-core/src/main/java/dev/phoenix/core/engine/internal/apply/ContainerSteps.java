package dev.phoenix.core.engine.internal.apply;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.exception.NotModifiedException;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.deploy.DeploymentEvent.Type;
import dev.phoenix.api.deploy.ResourceKind;
import dev.phoenix.core.engine.internal.connect.ApiVersion;
import dev.phoenix.core.engine.internal.container.ContainerContext;
import dev.phoenix.core.engine.internal.container.ContainerMapping;
import dev.phoenix.core.engine.internal.container.ContainerRequest;
import dev.phoenix.core.engine.internal.container.NetworkAttachment;
import dev.phoenix.core.engine.internal.hash.ConfigHash;
import dev.phoenix.core.engine.internal.observe.ObservedContainer;
import dev.phoenix.core.engine.internal.plan.ContainerStep;
import dev.phoenix.core.engine.internal.plan.ServicePlan;
import java.util.Map;
import java.util.function.Function;

/** Creates, recreates, starts, stops and removes the containers of one service. */
final class ContainerSteps {
  private final DockerClient docker;
  private final Progress progress;
  private final ComposeProject project;
  private final ApiVersion api;
  private final Function<String, String> serviceContainer;

  ContainerSteps(DockerClient docker, Progress progress, ComposeProject project, ApiVersion api,
      Function<String, String> serviceContainer) {
    this.docker = docker;
    this.progress = progress;
    this.project = project;
    this.api = api;
    this.serviceContainer = serviceContainer;
  }

  /** Creates the container of {@code step} under {@code createName}; returns its ID. Does not start it. */
  String create(ServicePlan service, ContainerStep step, String createName, String imageId, int stackVersion,
      String replaces) {
    return create(service, step, createName, imageId, stackVersion, replaces, Map.of());
  }

  private String create(ServicePlan service, ContainerStep step, String createName, String imageId, int stackVersion,
      String replaces, Map<String, String> anonymousVolumes) {
    String[] id = new String[1];
    Steps.run(progress, "create container " + step.name(), () -> {
      progress.event(Type.CREATING, ResourceKind.CONTAINER, step.name(), service.name(), null);
      Map<String, String> labels = StackLabels.container(project, service.service(), step.number(),
          service.configHash(), ConfigHash.encodeFields(service.fieldDigests()), imageId, stackVersion, replaces);
      ContainerRequest request = ContainerMapping.map(new ContainerContext(service.service(), project, step.number(),
          step.name(), service.image(), labels, serviceContainer, api.toString()));
      CreateContainerCmd create = docker.createContainerCmd(service.image()).withName(createName);
      request.applyTo(create);
      if (!anonymousVolumes.isEmpty()) {
        AnonymousVolumes.reuse(create.getHostConfig(), anonymousVolumes);
      }
      id[0] = create.exec().getId();
      progress.done("created container " + createName);
      for (NetworkAttachment attachment : request.additionalNetworks()) {
        connect(id[0], attachment);
      }
      progress.event(Type.CREATED, ResourceKind.CONTAINER, step.name(), service.name(), null);
    });
    return id[0];
  }

  private void connect(String containerId, NetworkAttachment attachment) {
    docker.connectToNetworkCmd().withNetworkId(attachment.networkName()).withContainerId(containerId)
        .withContainerNetwork(attachment.toContainerNetwork()).exec();
  }

  /** Starts a container. */
  void start(String id, String name, String service) {
    Steps.run(progress, "start container " + name, () -> {
      progress.event(Type.STARTING, ResourceKind.CONTAINER, name, service, null);
      try {
        docker.startContainerCmd(id).exec();
      } catch (NotModifiedException alreadyRunning) {
        // Started meanwhile (restart policy): the goal is reached.
      }
      progress.done("started container " + name);
      progress.event(Type.STARTED, ResourceKind.CONTAINER, name, service, null);
    });
  }

  /**
   * Replaces {@code step.existing()} the way Compose does: create the new container under a
   * temporary name, stop and remove the old one, give the new one the old name, start it.
   * Returns the new container's ID.
   */
  String recreate(ServicePlan service, ContainerStep step, String imageId, int stackVersion) {
    ObservedContainer old = step.existing();
    String temporary = old.id().substring(0, Math.min(12, old.id().length())) + "_" + step.name();
    String replaces = old.name().startsWith(project.name() + "-") ? old.name().substring(project.name().length() + 1)
        : old.name();
    // Data in the old container's anonymous volumes lives on in the new one, as Compose does it.
    Map<String, String> anonymous = Steps.call(progress, "inspect container " + old.name(),
        () -> AnonymousVolumes.of(docker.inspectContainerCmd(old.id()).exec()));
    String id = create(service, step, temporary, imageId, stackVersion, replaces, anonymous);
    stopAndRemove(old, false);
    Steps.run(progress, "rename container " + temporary + " to " + step.name(), () -> {
      docker.renameContainerCmd(id).withName(step.name()).exec();
      progress.done("renamed container " + temporary + " to " + step.name());
    });
    start(id, step.name(), service.name());
    return id;
  }

  /** Stops (within its own stop timeout) and removes a container. */
  void stopAndRemove(ObservedContainer container, boolean removeAnonymousVolumes) {
    Steps.run(progress, "remove container " + container.name(), () -> {
      if (container.isRunning()) {
        progress.event(Type.STOPPING, ResourceKind.CONTAINER, container.name(), container.service(), null);
        try {
          docker.stopContainerCmd(container.id()).exec();
        } catch (NotModifiedException alreadyStopped) {
          // Stopped meanwhile.
        }
      }
      progress.event(Type.REMOVING, ResourceKind.CONTAINER, container.name(), container.service(), null);
      docker.removeContainerCmd(container.id()).withForce(true).withRemoveVolumes(removeAnonymousVolumes).exec();
      progress.done("removed container " + container.name());
      progress.event(Type.REMOVED, ResourceKind.CONTAINER, container.name(), container.service(), null);
    });
  }
}
