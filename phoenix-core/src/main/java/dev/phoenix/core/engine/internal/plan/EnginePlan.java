package dev.phoenix.core.engine.internal.plan;

import dev.phoenix.api.deploy.Plan;
import dev.phoenix.core.engine.internal.observe.ObservedContainer;
import java.util.List;

/**
 * A plan with what applying it needs: the public {@link Plan} for people, and the steps with the
 * engine objects they act on.
 *
 * @param plan the public plan
 * @param networks network steps, the project's non-external networks and external ones (keep)
 * @param volumes volume steps
 * @param services service plans in dependency order (dependencies first)
 * @param orphans containers whose service is not in the project (neither enabled nor disabled by
 *     a profile); one-offs that have exited count too
 * @param stackVersion the stack version that new and recreated containers are labelled with
 */
public record EnginePlan(
    Plan plan,
    List<NetworkStep> networks,
    List<VolumeStep> volumes,
    List<ServicePlan> services,
    List<ObservedContainer> orphans,
    int stackVersion) {
  public EnginePlan {
    networks = List.copyOf(networks);
    volumes = List.copyOf(volumes);
    services = List.copyOf(services);
    orphans = List.copyOf(orphans);
  }
}
