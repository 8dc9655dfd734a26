package dev.phoenix.core.stack;

import java.util.Locale;

/** What a sync did with one stack. */
public enum SyncOutcome {
  /** The stack was not on the target and was deployed. */
  CREATED,
  /** The stack was on the target and some of its resources were changed. */
  UPDATED,
  /** The stack was on the target as the directory defines it: nothing was touched. */
  UNCHANGED,
  /** A dry run: the plan says what a sync would change (or prune); nothing was changed. */
  PLANNED,
  /** The stack is no longer in the directory and was taken down. */
  PRUNED,
  /** The target refused or failed the deployment or removal. */
  FAILED,
  /** The stack cannot be deployed as it stands: a discovery problem or a file that does not load. */
  BROKEN;

  /** Whether this outcome is a success: neither {@link #FAILED} nor {@link #BROKEN}. */
  public boolean isOk() {
    return this != FAILED && this != BROKEN;
  }

  /** The outcome as printed: {@code created}, {@code unchanged}... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
