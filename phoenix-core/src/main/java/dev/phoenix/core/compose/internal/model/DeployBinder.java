package dev.phoenix.core.compose.internal.model;

import dev.phoenix.api.compose.DeploySpec;
import dev.phoenix.api.compose.DeviceRequest;
import dev.phoenix.api.compose.DiscreteResource;
import dev.phoenix.api.compose.GenericResource;
import dev.phoenix.api.compose.Placement;
import dev.phoenix.api.compose.PlacementPreference;
import dev.phoenix.api.compose.ResourceAllocation;
import dev.phoenix.api.compose.Resources;
import dev.phoenix.api.compose.RestartPolicy;
import dev.phoenix.api.compose.UpdateConfig;

/** Binds a service's {@code deploy} section, and device requests (also used by {@code gpus}). */
final class DeployBinder {
  private DeployBinder() {
  }

  static DeploySpec deploy(Node node) {
    Fields f = Fields.of(node);
    DeploySpec.Builder deploy = DeploySpec.builder()
        .mode(f.string("mode"))
        .replicas(f.integer("replicas"))
        .labels(f.stringMap("labels"))
        .updateConfig(f.object("update_config", DeployBinder::updateConfig))
        .rollbackConfig(f.object("rollback_config", DeployBinder::updateConfig))
        .resources(f.object("resources", DeployBinder::resources))
        .restartPolicy(f.object("restart_policy", DeployBinder::restartPolicy))
        .placement(f.object("placement", DeployBinder::placement))
        .endpointMode(f.string("endpoint_mode"));
    deploy.extensions(f.extensions()).unknown(f.unknown());
    return node.build(deploy::build);
  }

  private static UpdateConfig updateConfig(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new UpdateConfig(f.integer("parallelism"), f.duration("delay"),
        f.string("failure_action"), f.duration("monitor"), f.number("max_failure_ratio"), f.string("order"),
        f.extensions(), f.unknown()));
  }

  private static Resources resources(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new Resources(f.object("limits", DeployBinder::allocation),
        f.object("reservations", DeployBinder::allocation), f.extensions(), f.unknown()));
  }

  private static ResourceAllocation allocation(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new ResourceAllocation(f.number("cpus"), f.bytes("memory"), f.int64("pids"),
        f.list("devices", DeployBinder::deviceRequest), f.list("generic_resources", DeployBinder::genericResource),
        f.extensions(), f.unknown()));
  }

  static DeviceRequest deviceRequest(Node node) {
    Fields f = Fields.of(node);
    Node countNode = f.child("count");
    Long count = countNode == null ? null : deviceCount(countNode);
    return node.build(() -> new DeviceRequest(f.strings("capabilities"), f.string("driver"), count,
        f.strings("device_ids"), f.stringMap("options"), f.extensions(), f.unknown()));
  }

  /** {@code all} (any case) or a number of devices. */
  private static Long deviceCount(Node node) {
    if (node.value() instanceof String text && text.equalsIgnoreCase("all")) {
      return DeviceRequest.ALL;
    }
    Long count = Scalars.toLong(node.value());
    if (count == null) {
      throw node.error("must be all or a number of devices, found " + Scalars.describe(node.value()));
    }
    return count;
  }

  private static GenericResource genericResource(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new GenericResource(f.object("discrete_resource_spec", DeployBinder::discrete),
        f.extensions(), f.unknown()));
  }

  private static DiscreteResource discrete(Node node) {
    Fields f = Fields.of(node);
    Long value = f.int64("value");
    return node.build(() -> new DiscreteResource(f.string("kind"), value == null ? 0 : value, f.extensions(),
        f.unknown()));
  }

  private static RestartPolicy restartPolicy(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new RestartPolicy(f.string("condition"), f.duration("delay"),
        f.integer("max_attempts"), f.duration("window"), f.extensions(), f.unknown()));
  }

  private static Placement placement(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new Placement(f.strings("constraints"), f.list("preferences", DeployBinder::preference),
        f.integer("max_replicas_per_node"), f.extensions(), f.unknown()));
  }

  private static PlacementPreference preference(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new PlacementPreference(f.string("spread"), f.extensions(), f.unknown()));
  }
}
