package dev.phoenix.core.engine.internal.container;

/** Compares Engine API versions such as {@code 1.41} and {@code 1.44} numerically. */
final class ApiVersion {
  private ApiVersion() {
  }

  /** Whether {@code actual} is {@code required} or later; an unreadable version counts as old. */
  static boolean atLeast(String actual, String required) {
    int[] have = parse(actual);
    int[] want = parse(required);
    if (have == null || want == null) {
      return false;
    }
    return have[0] != want[0] ? have[0] > want[0] : have[1] >= want[1];
  }

  private static int[] parse(String version) {
    if (version == null) {
      return null;
    }
    String[] parts = version.trim().split("\\.");
    try {
      return new int[] {Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0};
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
