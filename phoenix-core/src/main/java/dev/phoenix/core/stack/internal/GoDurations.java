package dev.phoenix.core.stack.internal;

import dev.phoenix.core.compose.internal.normalize.Durations;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Durations written as Compose writes them (Go's {@code time.ParseDuration}): one or more
 * number-unit pairs, {@code 10s}, {@code 1m30s}, {@code 1.5h}, {@code 500ms}.
 */
public final class GoDurations {
  /** The whole syntax; the manifest schema uses the same pattern. */
  public static final String PATTERN = "^([0-9]+(\\.[0-9]+)?(ns|us|ms|s|m|h))+$";
  private static final Pattern WHOLE = Pattern.compile(PATTERN);

  private GoDurations() {
  }

  /**
   * The duration {@code text} means, computed as Compose computes it.
   *
   * @throws IllegalArgumentException when {@code text} is not a duration or is too long for one
   */
  public static Duration parse(String text) {
    if (!WHOLE.matcher(text).matches()) {
      throw new IllegalArgumentException("\"" + text + "\" is not a duration (10s, 1m30s, 500ms, 2h)");
    }
    return Duration.ofNanos(Durations.parse(text));
  }
}
