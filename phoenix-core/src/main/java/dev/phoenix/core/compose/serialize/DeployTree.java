package dev.phoenix.core.compose.serialize;

import dev.phoenix.api.compose.DeploySpec;
import dev.phoenix.api.compose.DeviceRequest;
import dev.phoenix.api.compose.GenericResource;
import dev.phoenix.api.compose.Placement;
import dev.phoenix.api.compose.ResourceAllocation;
import dev.phoenix.api.compose.Resources;
import dev.phoenix.api.compose.RestartPolicy;
import dev.phoenix.api.compose.UpdateConfig;
import java.util.Map;

/** Writes a service's {@code deploy} section in compose-go's field order. */
final class DeployTree {
  private DeployTree() {
  }

  static Map<String, Object> deploy(DeploySpec deploy, Flavor flavor) {
    return new TreeOut(flavor)
        .string("mode", deploy.mode())
        .count("replicas", deploy.replicas())
        .stringMap("labels", deploy.labels())
        .object("update_config", deploy.updateConfig(), update -> updateConfig(update, flavor))
        .object("rollback_config", deploy.rollbackConfig(), rollback -> updateConfig(rollback, flavor))
        .struct("resources", deploy.resources(), resources -> resources(resources, flavor))
        .object("restart_policy", deploy.restartPolicy(), policy -> restartPolicy(policy, flavor))
        .struct("placement", deploy.placement(), placement -> placement(placement, flavor))
        .string("endpoint_mode", deploy.endpointMode())
        .extras(deploy.extensions(), deploy.unknown())
        .done();
  }

  private static Map<String, Object> updateConfig(UpdateConfig update, Flavor flavor) {
    return new TreeOut(flavor)
        .count("parallelism", update.parallelism())
        .duration("delay", update.delay())
        .string("failure_action", update.failureAction())
        .duration("monitor", update.monitor())
        .decimal("max_failure_ratio", update.maxFailureRatio())
        .string("order", update.order())
        .extras(update.extensions(), update.unknown())
        .done();
  }

  private static Map<String, Object> resources(Resources resources, Flavor flavor) {
    return new TreeOut(flavor)
        .object("limits", resources.limits(), limits -> allocation(limits, flavor))
        .object("reservations", resources.reservations(), reservations -> allocation(reservations, flavor))
        .extras(resources.extensions(), resources.unknown())
        .done();
  }

  private static Map<String, Object> allocation(ResourceAllocation allocation, Flavor flavor) {
    return new TreeOut(flavor)
        .decimal("cpus", allocation.cpus())
        .bytes("memory", allocation.memory())
        .number("pids", allocation.pids())
        .list("devices", allocation.devices(), request -> deviceRequest(request, flavor))
        .list("generic_resources", allocation.genericResources(), resource -> genericResource(resource, flavor))
        .extras(allocation.extensions(), allocation.unknown())
        .done();
  }

  /** compose-go writes {@code count: all} as -1. */
  static Map<String, Object> deviceRequest(DeviceRequest request, Flavor flavor) {
    return new TreeOut(flavor)
        .strings("capabilities", request.capabilities())
        .string("driver", request.driver())
        .number("count", request.count())
        .strings("device_ids", request.deviceIds())
        .stringMap("options", request.options())
        .extras(request.extensions(), request.unknown())
        .done();
  }

  /** The discrete spec's fields have no omitempty: both are always written. */
  private static Map<String, Object> genericResource(GenericResource resource, Flavor flavor) {
    return new TreeOut(flavor)
        .object("discrete_resource_spec", resource.discreteResourceSpec(), discrete -> new TreeOut(flavor)
            .raw("kind", discrete.kind() == null ? "" : discrete.kind())
            .raw("value", discrete.value())
            .extras(discrete.extensions(), discrete.unknown())
            .done())
        .extras(resource.extensions(), resource.unknown())
        .done();
  }

  private static Map<String, Object> restartPolicy(RestartPolicy policy, Flavor flavor) {
    return new TreeOut(flavor)
        .string("condition", policy.condition())
        .durationPointer("delay", policy.delay())
        .count("max_attempts", policy.maxAttempts())
        .durationPointer("window", policy.window())
        .extras(policy.extensions(), policy.unknown())
        .done();
  }

  private static Map<String, Object> placement(Placement placement, Flavor flavor) {
    return new TreeOut(flavor)
        .strings("constraints", placement.constraints())
        .list("preferences", placement.preferences(), preference -> new TreeOut(flavor)
            .string("spread", preference.spread())
            .extras(preference.extensions(), preference.unknown())
            .done())
        .number("max_replicas_per_node", placement.maxReplicasPerNode())
        .extras(placement.extensions(), placement.unknown())
        .done();
  }
}
