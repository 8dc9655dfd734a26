package dev.phoenix.examples.cli;

import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.api.deploy.DeploymentListener;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Shows a deployment's or removal's progress to a person as it happens, one line per event worth
 * showing: {@code creating  container shop-web-1}, {@code healthy   container shop-web-1}.
 * Events that only confirm the previous line ({@code created}, {@code removed}) or that repeat
 * (pull progress, a health check not passing yet, a job's completion seen again
 * by {@code --wait}) are left out, and so is what was kept: an
 * unchanged stack prints nothing but its summary.
 */
final class ProgressPrinter implements DeploymentListener {
  private static final Set<DeploymentEvent.Type> HIDDEN = EnumSet.of(
      DeploymentEvent.Type.CREATED, DeploymentEvent.Type.KEPT, DeploymentEvent.Type.STARTING,
      DeploymentEvent.Type.REMOVED, DeploymentEvent.Type.DONE);
  private static final Set<DeploymentEvent.Type> ONCE = EnumSet.of(
      DeploymentEvent.Type.PULLING, DeploymentEvent.Type.BUILDING, DeploymentEvent.Type.WAITING,
      DeploymentEvent.Type.UNHEALTHY, DeploymentEvent.Type.COMPLETED);
  private static final Set<DeploymentEvent.Type> WITH_MESSAGE = EnumSet.of(
      DeploymentEvent.Type.WAITING, DeploymentEvent.Type.UNHEALTHY, DeploymentEvent.Type.COMPLETED,
      DeploymentEvent.Type.WARNING, DeploymentEvent.Type.FAILED);

  private final PrintStream out;
  // Events repeated while a step runs: only the first per resource is shown.
  private final Set<String> shownOnce = new HashSet<>();

  ProgressPrinter(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized void onEvent(DeploymentEvent event) {
    String line = line(event);
    if (line != null) {
      out.println(line);
      out.flush();
    }
  }

  /** The line for {@code event}, or null when it is not worth a line. */
  String line(DeploymentEvent event) {
    DeploymentEvent.Type type = event.type();
    // The failure of the whole stack is reported once, with its details, when the command ends.
    if (HIDDEN.contains(type) || (type == DeploymentEvent.Type.FAILED && event.name() == null)) {
      return null;
    }
    if (ONCE.contains(type) && !shownOnce.add(type + " " + event.name())) {
      return null;
    }
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-9s ", type.label()));
    if (event.name() == null) {
      line.append("stack ").append(event.stack());
    } else {
      line.append(event.kind() == null ? "" : event.kind().label() + ' ').append(event.name());
    }
    if (WITH_MESSAGE.contains(type) && event.message() != null && !event.message().isBlank()) {
      line.append(": ").append(event.message().strip().replace('\n', ' '));
    }
    return line.toString();
  }
}
