package dev.phoenix.core.lint;

/** How serious a lint finding is. */
public enum Severity {
  /** The stack will not deploy, or will deploy wrongly (a port clash, a missing required variable). */
  ERROR,
  /** Probably a mistake, but Compose accepts it. */
  WARNING;

  /** The lower-case word the text report uses. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
