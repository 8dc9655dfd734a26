package dev.phoenix.core.stack.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phoenix.api.deploy.Action;
import dev.phoenix.core.stack.SyncOutcome;
import dev.phoenix.core.stack.SyncReport;
import dev.phoenix.core.stack.SyncResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a {@link SyncReport} as a table for people or as JSON for programs. */
public final class SyncReportWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SyncReportWriter() {
  }

  /**
   * One aligned line per stack under a header, then a summary line. A TARGET column appears when
   * some stack went to another target than the sync's own.
   */
  public static String table(SyncReport report) {
    boolean targets = report.stacks().stream()
        .anyMatch(row -> row.target() != null && !row.target().equals(report.target()));
    List<String> header = new ArrayList<>(List.of("STACK", "OUTCOME"));
    if (targets) {
      header.add("TARGET");
    }
    for (Action action : Action.values()) {
      header.add(action.name());
    }
    header.addAll(List.of("ELAPSED", "MESSAGE"));
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    for (SyncResult row : report.stacks()) {
      List<String> cells = new ArrayList<>(List.of(row.name(), row.outcome().label()));
      if (targets) {
        cells.add(row.target() == null ? "-" : row.target());
      }
      row.counts().values().forEach(count -> cells.add(row.plan() == null ? "-" : Long.toString(count)));
      cells.add(seconds(row.elapsed()));
      // A multi-line message (a deployment failure with its completed steps) keeps the table one line per stack.
      List<String> message = new ArrayList<>();
      if (!row.message().isEmpty()) {
        message.add(row.message().replace("\r", "").replace("\n", " | "));
      }
      row.warnings().forEach(warning -> message.add("warning: " + warning));
      cells.add(String.join(" | ", message));
      rows.add(cells);
    }
    int[] widths = new int[header.size()];
    for (List<String> cells : rows) {
      for (int i = 0; i < cells.size(); i++) {
        widths[i] = Math.max(widths[i], cells.get(i).length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (List<String> cells : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        line.append(cells.get(i));
        if (i < cells.size() - 1) {
          line.append(" ".repeat(widths[i] - cells.get(i).length() + 2));
        }
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.append(summary(report)).append('\n').toString();
  }

  /** {@code 3 stacks: 1 created, 1 unchanged, 1 broken (dry run) in 1.2s}. */
  static String summary(SyncReport report) {
    List<String> parts = new ArrayList<>();
    for (SyncOutcome outcome : SyncOutcome.values()) {
      int count = report.withOutcome(outcome).size();
      if (count > 0) {
        parts.add(count + " " + outcome.label());
      }
    }
    int total = report.stacks().size();
    return total + (total == 1 ? " stack" : " stacks") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts))
        + (report.dryRun() ? " (dry run: nothing changed)" : "") + " in " + seconds(report.elapsed());
  }

  /** The report as one JSON object. */
  public static String json(SyncReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("directory", report.directory().toString());
    root.put("target", report.target());
    root.put("dryRun", report.dryRun());
    root.put("ok", report.isOk());
    root.put("elapsedMillis", report.elapsed().toMillis());
    ArrayNode stacks = root.putArray("stacks");
    for (SyncResult row : report.stacks()) {
      ObjectNode stack = stacks.addObject();
      stack.put("name", row.name());
      stack.put("directory", row.directory() == null ? null : row.directory().toString());
      stack.put("outcome", row.outcome().label());
      stack.put("target", row.target());
      if (row.plan() == null) {
        stack.putNull("plan");
      } else {
        ObjectNode plan = stack.putObject("plan");
        for (Map.Entry<Action, Long> count : row.counts().entrySet()) {
          plan.put(count.getKey().label(), count.getValue());
        }
        plan.put("noop", row.plan().isNoop());
        plan.putPOJO("orphans", row.plan().orphans());
        plan.putPOJO("warnings", row.plan().warnings());
      }
      stack.put("elapsedMillis", row.elapsed().toMillis());
      stack.put("message", row.message());
      stack.putPOJO("warnings", row.warnings());
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serializes", e);
    }
  }

  private static String seconds(Duration elapsed) {
    return String.format(Locale.ROOT, "%.1fs", elapsed.toMillis() / 1000.0);
  }
}
