package dev.phoenix.examples.cli;

import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.ContainerStatus;
import dev.phoenix.api.deploy.DeploymentResult;
import dev.phoenix.api.deploy.FieldChange;
import dev.phoenix.api.deploy.Plan;
import dev.phoenix.api.deploy.PlannedChange;
import dev.phoenix.api.deploy.RemovalResult;
import dev.phoenix.api.deploy.ResourceKind;
import dev.phoenix.api.deploy.StackStatus;
import dev.phoenix.api.deploy.StackSummary;
import dev.phoenix.api.deploy.UnsupportedKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The CLI's output for people: plans, summaries and tables. Every method returns whole lines. */
final class TextOutput {
  private TextOutput() {
  }

  /**
   * A plan as a table of steps, the fields that change under each recreated container, then the
   * orphans, the unsupported keys and the warnings, and a summary line.
   */
  static String plan(Plan plan) {
    StringBuilder text = new StringBuilder("plan for stack ").append(plan.stack())
        .append(" on ").append(plan.target()).append('\n');
    Table table = new Table("ACTION", "KIND", "NAME", "SERVICE", "WHY");
    for (PlannedChange change : plan.changes()) {
      table.row(change.action().label(), change.kind().label(), change.name(),
          change.service() == null ? "" : change.service(), change.reason() == null ? "" : change.reason());
      for (FieldChange field : change.fields()) {
        table.detail("    " + field);
      }
    }
    text.append(table);
    if (!plan.orphans().isEmpty()) {
      text.append("orphans (services no longer in the file; --remove-orphans removes them):\n");
      plan.orphans().forEach(orphan -> text.append("  ").append(orphan).append('\n'));
    }
    if (!plan.unsupported().isEmpty()) {
      text.append("not applied (unsupported here):\n");
      for (UnsupportedKey key : plan.unsupported()) {
        text.append("  ").append(key).append('\n');
      }
    }
    if (!plan.warnings().isEmpty()) {
      text.append("warnings:\n");
      plan.warnings().forEach(warning -> text.append("  ").append(warning).append('\n'));
    }
    if (plan.isNoop()) {
      return text.append("up to date: nothing to do\n").toString();
    }
    List<String> counts = new ArrayList<>();
    for (Action action : Action.values()) {
      long count = plan.count(action);
      if (count > 0 && action != Action.KEEP) {
        counts.add(count + " to " + action.label());
      }
    }
    counts.add(plan.count(Action.KEEP) + " kept");
    return text.append(String.join(", ", counts)).append('\n').toString();
  }

  /**
   * The line that ends a deployment: {@code up to date: nothing to do}, or how many containers
   * were created, recreated and kept (and started and removed, when any were).
   */
  static String deployed(DeploymentResult result) {
    Plan plan = result.plan();
    if (plan.isNoop()) {
      return "up to date: nothing to do (stack " + plan.stack() + ", " + running(result.status()) + ")\n";
    }
    List<PlannedChange> containers = plan.changes(ResourceKind.CONTAINER);
    List<String> counts = new ArrayList<>();
    counts.add(count(containers, Action.CREATE) + " created");
    counts.add(count(containers, Action.RECREATE) + " recreated");
    long started = count(containers, Action.START);
    if (started > 0) {
      counts.add(started + " started");
    }
    long removed = count(containers, Action.REMOVE);
    if (removed > 0) {
      counts.add(removed + " removed");
    }
    counts.add(count(containers, Action.KEEP) + " kept");
    return "stack " + plan.stack() + " deployed in " + seconds(result.elapsed()) + ": "
        + String.join(", ", counts) + "\n";
  }

  /** What the engine holds for a stack, like {@code docker compose ps}. */
  static String status(StackStatus status) {
    if (status.isEmpty()) {
      return "no stack named " + status.stack() + " on this engine\n";
    }
    Table table = new Table("NAME", "SERVICE", "IMAGE", "STATUS", "PORTS");
    for (ContainerStatus container : status.containers()) {
      table.row(container.name(), container.service(), container.image() == null ? "" : container.image(),
          describe(container), String.join(", ", container.ports()));
    }
    StringBuilder text = new StringBuilder(table.toString());
    if (!status.networks().isEmpty()) {
      text.append("networks: ").append(String.join(", ", status.networks())).append('\n');
    }
    if (!status.volumes().isEmpty()) {
      text.append("volumes:  ").append(String.join(", ", status.volumes())).append('\n');
    }
    return text.toString();
  }

  /** What {@code down} removed. */
  static String removed(RemovalResult result) {
    if (result.containers().isEmpty() && result.networks().isEmpty() && result.volumes().isEmpty()) {
      return "nothing to remove: no stack named " + result.stack() + " on this engine\n";
    }
    return "stack " + result.stack() + " removed: " + plural(result.containers().size(), "container") + ", "
        + plural(result.networks().size(), "network") + ", " + plural(result.volumes().size(), "volume") + "\n";
  }

  /** The stacks on an engine, like {@code docker compose ls}. */
  static String stacks(List<StackSummary> stacks) {
    Table table = new Table("NAME", "STATUS", "BY", "CONFIG FILES");
    for (StackSummary stack : stacks) {
      List<String> states = new ArrayList<>();
      new TreeMap<>(stack.states()).forEach((state, count) -> states.add(state + "(" + count + ")"));
      table.row(stack.stack(), String.join(", ", states), stack.deployedByPhoenix() ? "phoenix" : "compose",
          String.join(",", stack.configFiles()));
    }
    return table.toString();
  }

  private static String describe(ContainerStatus container) {
    if (container.status() != null && !container.status().isBlank()) {
      return container.status();
    }
    StringBuilder text = new StringBuilder(container.state());
    if (container.exitCode() != null && !"running".equals(container.state())) {
      text.append(" (").append(container.exitCode()).append(')');
    }
    if (container.health() != null) {
      text.append(" (").append(container.health()).append(')');
    }
    return text.toString();
  }

  private static String running(StackStatus status) {
    long up = status.containers().stream().filter(ContainerStatus::isUp).count();
    return plural(up, "container") + " up";
  }

  private static long count(List<PlannedChange> changes, Action action) {
    return changes.stream().filter(change -> change.action() == action).count();
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static String seconds(Duration elapsed) {
    return String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
  }

  /** Columns padded to their widest cell, with free-form lines between rows. */
  static final class Table {
    private final List<String[]> rows = new ArrayList<>();
    private final Map<Integer, String> details = new TreeMap<>();

    Table(String... header) {
      rows.add(header);
    }

    void row(String... cells) {
      rows.add(cells);
    }

    // Shown under the last row added.
    void detail(String line) {
      int row = rows.size() - 1;
      details.merge(row, line, (before, added) -> before + "\n" + added);
    }

    @Override
    public String toString() {
      int columns = rows.get(0).length;
      int[] widths = new int[columns];
      for (String[] row : rows) {
        for (int i = 0; i < columns; i++) {
          widths[i] = Math.max(widths[i], row[i].length());
        }
      }
      StringBuilder text = new StringBuilder();
      for (int r = 0; r < rows.size(); r++) {
        String[] row = rows.get(r);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns; i++) {
          line.append(row[i]);
          if (i < columns - 1) {
            line.append(" ".repeat(widths[i] - row[i].length() + 3));
          }
        }
        text.append(line.toString().stripTrailing()).append('\n');
        String detail = details.get(r);
        if (detail != null) {
          text.append(detail).append('\n');
        }
      }
      return text.toString();
    }
  }
}
