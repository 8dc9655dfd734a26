package dev.phoenix.api.deploy;

import java.util.Locale;

/** When an image is pulled or built, as Compose's {@code pull_policy} says. */
public enum PullPolicy {
  /** Pull on every deployment, even when the image is present. */
  ALWAYS,
  /** Pull only when the image is not present (Compose's default). */
  MISSING,
  /** Never pull; a missing image is an error. */
  NEVER,
  /** Build the image from the service's {@code build} section on every deployment. */
  BUILD;

  /**
   * The policy Compose means by {@code value} ({@code always}, {@code missing},
   * {@code if_not_present}, {@code never}, {@code build}), or null for null.
   *
   * @throws IllegalArgumentException for any other value
   */
  public static PullPolicy fromValue(String value) {
    if (value == null) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "always" -> ALWAYS;
      case "missing", "if_not_present" -> MISSING;
      case "never" -> NEVER;
      case "build" -> BUILD;
      default -> throw new IllegalArgumentException(
          "unknown pull policy \"" + value + "\" (expected always, missing, never or build)");
    };
  }

  /** The policy as written in a Compose file. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
