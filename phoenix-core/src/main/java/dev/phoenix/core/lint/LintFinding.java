package dev.phoenix.core.lint;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found by the {@link Linter}: its severity, the rule's id ({@code unresolved-variable},
 * {@code duplicate-host-port}...), the stack, and where: the file and a 1-based line and column
 * (0 when not known).
 */
public record LintFinding(Severity severity, String rule, String stack, Path file, int line, int column, String message) {

  /** Findings ordered by file, line, column, then rule and message, so reports are stable. */
  public static final Comparator<LintFinding> ORDER = Comparator
      .comparing((LintFinding f) -> f.file().toString())
      .thenComparingInt(LintFinding::line)
      .thenComparingInt(LintFinding::column)
      .thenComparing(LintFinding::rule)
      .thenComparing(LintFinding::message);

  public LintFinding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(stack, "stack");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative");
    }
  }

  /**
   * The finding as one line, {@code file:line:column: severity rule: message}, with the file
   * shown relative to {@code base} when it lies below it.
   */
  public String render(Path base) {
    Path shown = file;
    if (base != null && file.isAbsolute() == base.isAbsolute() && file.startsWith(base) && !file.equals(base)) {
      shown = base.relativize(file);
    }
    return shown.toString().replace('\\', '/') + ":" + line + ":" + column + ": " + severity.word() + " " + rule + ": " + message;
  }
}
