package dev.phoenix.api.deploy;

import java.util.Objects;

/**
 * One field that differs between what runs and what the stack asks for, such as {@code image}
 * or {@code environment.LOG_LEVEL}. Values that may hold secrets (environment values, secret
 * contents) are never carried: such a change is {@link #redacted(String) redacted} and says only
 * that the field changed.
 *
 * @param field the field's path in Compose terms ({@code ports}, {@code deploy.resources})
 * @param before the running value as text, or null when unknown, absent or redacted
 * @param after the wanted value as text, or null when absent or redacted; when both are null and
 *     the change is not redacted, only the fact that the field changed is known
 * @param redacted whether the values were withheld because they may be secret
 */
public record FieldChange(String field, String before, String after, boolean redacted) {

  /** Checks that the field is named and that a redacted change carries no value. */
  public FieldChange {
    Objects.requireNonNull(field, "field");
    if (redacted && (before != null || after != null)) {
      throw new IllegalArgumentException("a redacted change carries no values");
    }
  }

  /** A change shown with both values. */
  public static FieldChange of(String field, String before, String after) {
    return new FieldChange(field, before, after, false);
  }

  /** A change whose values are withheld. */
  public static FieldChange redacted(String field) {
    return new FieldChange(field, null, null, true);
  }

  @Override
  public String toString() {
    if (redacted) {
      return field + " changed (value hidden)";
    }
    if (before == null && after == null) {
      return field + " changed";
    }
    return field + ": " + (before == null ? "(none)" : before) + " -> " + (after == null ? "(none)" : after);
  }
}
