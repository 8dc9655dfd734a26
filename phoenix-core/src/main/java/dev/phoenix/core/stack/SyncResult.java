package dev.phoenix.core.stack;

import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.Plan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a {@link SyncReport}: what happened to one stack.
 *
 * @param name the stack's name
 * @param directory the stack's directory, or null for a stack pruned from the target
 * @param outcome what the sync did
 * @param plan the plan applied or, in a dry run, computed; null when none was (a broken stack, a prune)
 * @param elapsed how long this stack took
 * @param message why a stack failed or is broken, or what a prune removed; empty otherwise
 * @param target the target the stack went to (or was pruned from), described for people; null
 *     when no target was chosen (a stack broken before that)
 * @param warnings what the sync could not do as the stack asked, the stack being deployed all the
 *     same (a manifest option Phoenix does not apply yet)
 */
public record SyncResult(String name, Path directory, SyncOutcome outcome, Plan plan, Duration elapsed,
    String message, String target, List<String> warnings) {

  /** Checks the required parts and copies the warnings. */
  public SyncResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(elapsed, "elapsed");
    message = message == null ? "" : message;
    warnings = List.copyOf(warnings);
  }

  /** A row without a target and without warnings. */
  public SyncResult(String name, Path directory, SyncOutcome outcome, Plan plan, Duration elapsed, String message) {
    this(name, directory, outcome, plan, elapsed, message, null, List.of());
  }

  /** Whether the stack is in the state asked for (not failed, not broken). */
  public boolean isOk() {
    return outcome.isOk();
  }

  /** How many steps of the plan take each action, every action present; all zero without a plan. */
  public Map<Action, Long> counts() {
    Map<Action, Long> counts = new EnumMap<>(Action.class);
    for (Action action : Action.values()) {
      counts.put(action, plan == null ? 0L : plan.count(action));
    }
    return counts;
  }
}
