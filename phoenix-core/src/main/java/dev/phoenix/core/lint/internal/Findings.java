package dev.phoenix.core.lint.internal;

import dev.phoenix.core.lint.LintFinding;
import dev.phoenix.core.lint.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one lint run. Not thread-safe. */
final class Findings {
  private final List<LintFinding> findings = new ArrayList<>();

  void add(Severity severity, String rule, String stack, Place place, String message) {
    findings.add(new LintFinding(severity, rule, stack, place.file(), place.line(), place.column(), message));
  }

  /** Adds a finding unless one of the same rule is already at {@code place}. */
  void addOnce(Severity severity, String rule, String stack, Place place, String message) {
    for (LintFinding finding : findings) {
      if (finding.rule().equals(rule) && finding.file().equals(place.file()) && finding.line() == place.line()
          && finding.column() == place.column()) {
        return;
      }
    }
    add(severity, rule, stack, place, message);
  }

  /** Whether a finding from index {@code from} on lies on the line of {@code place}. */
  boolean pointsAt(Place place, int from) {
    for (int i = from; i < findings.size(); i++) {
      LintFinding finding = findings.get(i);
      if (finding.file().equals(place.file()) && finding.line() == place.line()) {
        return true;
      }
    }
    return false;
  }

  int size() {
    return findings.size();
  }

  /** The findings, sorted by file, line and column. */
  List<LintFinding> sorted() {
    List<LintFinding> result = new ArrayList<>(new java.util.LinkedHashSet<>(findings));
    result.sort(LintFinding.ORDER);
    return List.copyOf(result);
  }
}
