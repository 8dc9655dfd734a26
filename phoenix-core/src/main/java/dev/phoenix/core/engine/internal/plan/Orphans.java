package dev.phoenix.core.engine.internal.plan;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.core.engine.internal.observe.ObservedContainer;
import dev.phoenix.core.engine.internal.observe.ObservedStack;
import java.util.ArrayList;
import java.util.List;

/**
 * Containers of a stack that no service accounts for, as Compose counts them: service containers
 * whose service is neither enabled nor disabled by a profile, and one-offs ({@code run}) that have
 * stopped.
 */
final class Orphans {
  private Orphans() {
  }

  /** The orphans among the stack's containers, in the order the engine listed them. */
  static List<ObservedContainer> of(ComposeProject project, ObservedStack observed) {
    List<ObservedContainer> orphans = new ArrayList<>();
    for (ObservedContainer container : observed.containers()) {
      if (container.oneoff()) {
        if ("exited".equals(container.state()) || "dead".equals(container.state())) {
          orphans.add(container);
        }
      } else if (container.service() == null || !project.services().containsKey(container.service())
          && !project.disabledServices().containsKey(container.service())) {
        orphans.add(container);
      }
    }
    return orphans;
  }

  /** The warning a plan carries when orphans are kept. */
  static String warning(List<ObservedContainer> orphans) {
    List<String> names = orphans.stream().map(ObservedContainer::name).toList();
    return orphans.size() + (orphans.size() == 1 ? " orphan container" : " orphan containers")
        + " (" + String.join(", ", names) + "); run with --remove-orphans to remove "
        + (orphans.size() == 1 ? "it" : "them");
  }
}
