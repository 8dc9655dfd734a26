package dev.phoenix.api.stack;

import java.util.Locale;

/**
 * Whether automatic image updaters (Watchtower, Komodo) may touch a service. In a manifest:
 * {@code "updates": "exclude"}.
 */
public enum UpdatePolicy {
  /** Updaters leave the service alone ({@code com.centurylinklabs.watchtower.enable=false}, {@code komodo.skip}). */
  EXCLUDE,
  /** Updaters may update the service (their own default; the exclusion labels are removed). */
  INCLUDE;

  /**
   * The policy written as {@code value} ({@code exclude} or {@code include}).
   *
   * @throws IllegalArgumentException for any other value
   */
  public static UpdatePolicy fromValue(String value) {
    return switch (value) {
      case "exclude" -> EXCLUDE;
      case "include" -> INCLUDE;
      default -> throw new IllegalArgumentException(
          "unknown update policy \"" + value + "\" (expected exclude or include)");
    };
  }

  /** The policy as written in a manifest. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
