package dev.phoenix.core.engine.internal.plan;

import dev.phoenix.api.compose.ServiceSpec;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a service restarts, and how a stopped container ended, as far as a plan needs to know. */
final class RestartRules {
  private static final Pattern EXITED = Pattern.compile("^Exited \\((-?\\d+)\\)");

  private RestartRules() {
  }

  /**
   * Whether the engine restarts the service's containers by itself: {@code restart: always},
   * {@code unless-stopped} or {@code on-failure[:n]}, or a {@code deploy.restart_policy} condition
   * other than {@code none} (which wins over {@code restart}, as in Compose).
   */
  static boolean restarts(ServiceSpec service) {
    if (service.deploy() != null && service.deploy().restartPolicy() != null
        && service.deploy().restartPolicy().condition() != null) {
      return !"none".equals(service.deploy().restartPolicy().condition());
    }
    String restart = service.restart();
    return restart != null && (restart.equals("always") || restart.equals("unless-stopped")
        || restart.startsWith("on-failure"));
  }

  /** The exit code in a list status text ({@code Exited (137) 2 minutes ago}), if it has one. */
  static OptionalInt exitCode(String status) {
    if (status == null) {
      return OptionalInt.empty();
    }
    Matcher matcher = EXITED.matcher(status);
    if (!matcher.find()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(matcher.group(1)));
    } catch (NumberFormatException tooLarge) {
      return OptionalInt.empty();
    }
  }
}
