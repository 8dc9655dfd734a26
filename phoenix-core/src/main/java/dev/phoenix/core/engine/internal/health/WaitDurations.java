package dev.phoenix.core.engine.internal.health;

import java.time.Duration;

/** Durations written the short way Compose users read them: {@code 2m}, {@code 1m30s}, {@code 1.5s}, {@code 250ms}. */
final class WaitDurations {
  private WaitDurations() {
  }

  static String format(Duration duration) {
    long millis = Math.max(0, duration.toMillis());
    if (millis < 1000) {
      return millis + "ms";
    }
    StringBuilder text = new StringBuilder();
    long hours = millis / 3_600_000;
    long minutes = millis / 60_000 % 60;
    long seconds = millis / 1000 % 60;
    long rest = millis % 1000;
    if (hours > 0) {
      text.append(hours).append('h');
    }
    if (minutes > 0) {
      text.append(minutes).append('m');
    }
    if (seconds > 0 || rest > 0) {
      text.append(seconds);
      if (rest > 0) {
        text.append('.').append(String.format("%03d", rest).replaceAll("0+$", ""));
      }
      text.append('s');
    }
    return text.toString();
  }
}
