package dev.phoenix.api.deploy;

import java.util.List;
import java.util.Objects;

/**
 * What deploying a stack to a target would do, computed without changing anything: for every
 * network, volume and container, whether it is created, recreated, started, removed or kept, with
 * the fields that changed. Secret values never appear in a plan.
 *
 * <pre>{@code
 * Plan plan = deployer.plan(stack);
 * if (plan.isNoop()) {
 *     System.out.println("up to date");
 * }
 * plan.changes().stream().filter(PlannedChange::changesSomething).forEach(System.out::println);
 * }</pre>
 *
 * @param stack the stack's name
 * @param target the target, described for people ({@code docker engine unix:///var/run/docker.sock})
 * @param changes one step per resource, in the order they would be applied
 * @param orphans containers of the stack whose service is no longer defined; they are removed
 *     only when the deployment asks for it, and then also appear in {@code changes}
 * @param unsupported keys the target cannot apply
 * @param warnings other things a person should know (a reused network without labels, say)
 */
public record Plan(
    String stack,
    String target,
    List<PlannedChange> changes,
    List<String> orphans,
    List<UnsupportedKey> unsupported,
    List<String> warnings) {

  /** Checks the required parts and copies the lists. */
  public Plan {
    Objects.requireNonNull(stack, "stack");
    Objects.requireNonNull(target, "target");
    changes = List.copyOf(changes);
    orphans = List.copyOf(orphans);
    unsupported = List.copyOf(unsupported);
    warnings = List.copyOf(warnings);
  }

  /** Whether applying this plan would touch nothing: every step is {@link Action#KEEP}. */
  public boolean isNoop() {
    return changes.stream().noneMatch(PlannedChange::changesSomething);
  }

  /** The steps for one kind of resource, in order. */
  public List<PlannedChange> changes(ResourceKind kind) {
    return changes.stream().filter(change -> change.kind() == kind).toList();
  }

  /** How many steps take {@code action}. */
  public long count(Action action) {
    return changes.stream().filter(change -> change.action() == action).count();
  }
}
