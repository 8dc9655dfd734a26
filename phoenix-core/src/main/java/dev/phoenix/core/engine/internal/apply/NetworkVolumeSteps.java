package dev.phoenix.core.engine.internal.apply;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateNetworkCmd;
import com.github.dockerjava.api.model.Network;
import dev.phoenix.api.compose.IpamConfig;
import dev.phoenix.api.compose.NetworkSpec;
import dev.phoenix.api.compose.VolumeSpec;
import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.DeploymentEvent.Type;
import dev.phoenix.api.deploy.ResourceKind;
import dev.phoenix.core.engine.internal.ComposeLabels;
import dev.phoenix.core.engine.internal.plan.NetworkStep;
import dev.phoenix.core.engine.internal.plan.VolumeStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Creates (and, for a changed definition, recreates) a stack's networks and creates its volumes. */
final class NetworkVolumeSteps {
  private final DockerClient docker;
  private final Progress progress;

  NetworkVolumeSteps(DockerClient docker, Progress progress) {
    this.docker = docker;
    this.progress = progress;
  }

  void apply(NetworkStep step, int stackVersion) {
    if (step.action() == Action.KEEP) {
      progress.event(Type.KEPT, ResourceKind.NETWORK, step.name(), null, null);
      return;
    }
    if (step.action() == Action.RECREATE && step.existing() != null) {
      Steps.run(progress, "remove network " + step.name() + " to recreate it", () -> {
        progress.event(Type.REMOVING, ResourceKind.NETWORK, step.name(), null, "its definition changed");
        Network network = docker.inspectNetworkCmd().withNetworkId(step.existing().id()).exec();
        if (network.getContainers() != null) {
          // Its containers are being recreated; they reattach to the new network.
          for (String container : network.getContainers().keySet()) {
            docker.disconnectFromNetworkCmd().withNetworkId(step.existing().id()).withContainerId(container)
                .withForce(true).exec();
          }
        }
        docker.removeNetworkCmd(step.existing().id()).exec();
        progress.done("removed network " + step.name());
      });
    }
    NetworkSpec spec = step.spec();
    Steps.run(progress, "create network " + step.name(), () -> {
      progress.event(Type.CREATING, ResourceKind.NETWORK, step.name(), null, null);
      CreateNetworkCmd create = docker.createNetworkCmd()
          .withName(step.name())
          .withLabels(StackLabels.resource(progress.stack(), ComposeLabels.NETWORK, step.key(), spec.labels(),
              step.configHash(), stackVersion))
          .withOptions(spec.driverOpts())
          .withInternal(spec.internal())
          .withAttachable(spec.attachable())
          .withCheckDuplicate(true);
      if (spec.driver() != null) {
        create.withDriver(spec.driver());
      }
      if (Boolean.TRUE.equals(spec.enableIpv6())) {
        create.withEnableIpv6(true);
      }
      if (spec.ipam() != null) {
        create.withIpam(ipam(spec.ipam()));
      }
      create.exec();
      progress.done("created network " + step.name());
      progress.event(Type.CREATED, ResourceKind.NETWORK, step.name(), null, null);
    });
  }

  private static Network.Ipam ipam(IpamConfig config) {
    List<Network.Ipam.Config> pools = new ArrayList<>();
    for (IpamConfig.IpamPool pool : config.config()) {
      Network.Ipam.Config engine = new Network.Ipam.Config();
      if (pool.subnet() != null) {
        engine.withSubnet(pool.subnet());
      }
      if (pool.gateway() != null) {
        engine.withGateway(pool.gateway());
      }
      if (pool.ipRange() != null) {
        engine.withIpRange(pool.ipRange());
      }
      pools.add(engine);
    }
    Network.Ipam ipam = new Network.Ipam().withConfig(pools);
    if (config.driver() != null) {
      ipam.withDriver(config.driver());
    }
    return ipam;
  }

  void apply(VolumeStep step, int stackVersion) {
    if (step.action() != Action.CREATE) {
      progress.event(Type.KEPT, ResourceKind.VOLUME, step.name(), null, null);
      return;
    }
    VolumeSpec spec = step.spec();
    Steps.run(progress, "create volume " + step.name(), () -> {
      progress.event(Type.CREATING, ResourceKind.VOLUME, step.name(), null, null);
      var create = docker.createVolumeCmd()
          .withName(step.name())
          .withLabels(StackLabels.resource(progress.stack(), ComposeLabels.VOLUME, step.key(), spec.labels(),
              step.configHash(), stackVersion));
      if (spec.driver() != null) {
        create.withDriver(spec.driver());
      }
      if (!spec.driverOpts().isEmpty()) {
        create.withDriverOpts(Map.copyOf(spec.driverOpts()));
      }
      create.exec();
      progress.done("created volume " + step.name());
      progress.event(Type.CREATED, ResourceKind.VOLUME, step.name(), null, null);
    });
  }
}
