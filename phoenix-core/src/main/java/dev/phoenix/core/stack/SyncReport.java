package dev.phoenix.core.stack;

import dev.phoenix.core.stack.internal.SyncReportWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link StackSync} did: one row per stack of the directory, in name order, then one per
 * stack pruned from the target.
 *
 * @param directory the stacks directory
 * @param target the target, described for people
 * @param dryRun whether nothing was changed (plans only)
 * @param stacks one row per stack
 * @param elapsed how long the whole sync took
 */
public record SyncReport(Path directory, String target, boolean dryRun, List<SyncResult> stacks, Duration elapsed) {

  /** Checks the required parts and copies the rows. */
  public SyncReport {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(target, "target");
    stacks = List.copyOf(stacks);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Whether every stack is ok: none failed, none is broken. */
  public boolean isOk() {
    return stacks.stream().allMatch(SyncResult::isOk);
  }

  /** The row of the stack named {@code name}, or null. */
  public SyncResult stack(String name) {
    return stacks.stream().filter(row -> row.name().equals(name)).findFirst().orElse(null);
  }

  /** The rows with {@code outcome}. */
  public List<SyncResult> withOutcome(SyncOutcome outcome) {
    return stacks.stream().filter(row -> row.outcome() == outcome).toList();
  }

  /**
   * The report as a table for people, one line per stack and a summary line:
   *
   * <pre>
   * STACK  OUTCOME    CREATE  RECREATE  START  REMOVE  KEEP  ELAPSED  MESSAGE
   * blog   created    2       0         0      0       0     1.2s
   * shop   unchanged  0       0         0      0       3     0.1s
   * </pre>
   */
  public String toTable() {
    return SyncReportWriter.table(this);
  }

  /** The report as one JSON object: the directory, the target, and a member per row. */
  public String toJson() {
    return SyncReportWriter.json(this);
  }
}
