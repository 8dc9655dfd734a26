package dev.phoenix.examples.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A small reader of GNU-style arguments: {@code --name value}, {@code --name=value}, {@code -n value}
 * and flags. Enough for Phoenix's commands without a library.
 */
final class Arguments {
  private final Deque<String> remaining;
  private String pendingValue;

  Arguments(List<String> args) {
    this.remaining = new ArrayDeque<>(args);
  }

  boolean hasNext() {
    return !remaining.isEmpty();
  }

  /** The next option name ({@code --format} of {@code --format=json}), or the next operand. */
  String next() {
    String arg = remaining.removeFirst();
    pendingValue = null;
    if (arg.startsWith("--") && arg.contains("=")) {
      int eq = arg.indexOf('=');
      pendingValue = arg.substring(eq + 1);
      return arg.substring(0, eq);
    }
    return arg;
  }

  /** The value of the option just read. */
  String value(String option) {
    if (pendingValue != null) {
      String value = pendingValue;
      pendingValue = null;
      return value;
    }
    if (remaining.isEmpty()) {
      throw new UsageException("option " + option + " needs a value");
    }
    return remaining.removeFirst();
  }

  /** Refuses a value given to a flag ({@code --quiet=yes}). */
  void noValue(String option) {
    if (pendingValue != null) {
      throw new UsageException("option " + option + " takes no value");
    }
  }

  /** {@code value} as a whole number of at least 1; a usage error naming {@code what} otherwise. */
  static int positive(String what, String value) {
    try {
      int number = Integer.parseInt(value);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Reported below, like any other bad value.
    }
    throw new UsageException(what + " must be a positive whole number, not \"" + value + "\"");
  }
}
