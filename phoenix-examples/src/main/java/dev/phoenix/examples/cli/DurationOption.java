package dev.phoenix.examples.cli;

import java.time.Duration;

/**
 * Reads a duration as Compose and Go write them: {@code 120s}, {@code 2m}, {@code 1m30s},
 * {@code 500ms}, {@code 1h}; a bare number means seconds, like {@code docker compose --wait-timeout}.
 */
final class DurationOption {
  private DurationOption() {
  }

  /** The duration {@code text} given to {@code option}; a usage error when it is not one, or not positive. */
  static Duration parse(String option, String text) {
    Duration total = Duration.ZERO;
    int i = 0;
    boolean bare = !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    if (bare) {
      total = Duration.ofSeconds(parseAmount(option, text));
    } else {
      while (i < text.length()) {
        int start = i;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
          i++;
        }
        int unitStart = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
          i++;
        }
        if (start == unitStart || unitStart == i) {
          throw invalid(option, text);
        }
        long amount = parseAmount(option, text.substring(start, unitStart));
        total = total.plus(switch (text.substring(unitStart, i)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> throw invalid(option, text);
        });
      }
    }
    if (total.isZero()) {
      throw new UsageException(option + " must be a positive duration, not \"" + text + "\"");
    }
    return total;
  }

  private static long parseAmount(String option, String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw invalid(option, digits);
    }
  }

  private static UsageException invalid(String option, String text) {
    return new UsageException(option + " takes a duration such as 120s, 2m or 1m30s, not \"" + text + "\"");
  }
}
