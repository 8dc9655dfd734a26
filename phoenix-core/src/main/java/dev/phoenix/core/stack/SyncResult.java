package dev.phoenix.core.stack;

import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.Plan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
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
 */
public record SyncResult(String name, Path directory, SyncOutcome outcome, Plan plan, Duration elapsed,
    String message) {

  /** Checks the required parts. */
  public SyncResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(elapsed, "elapsed");
    message = message == null ? "" : message;
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
