package dev.phoenix.api.deploy;

import java.util.Objects;

/**
 * A Compose key the target cannot apply. It is named in the plan, never dropped silently; the
 * deployment goes ahead without it.
 *
 * @param service the service that sets it, or null for a top-level key
 * @param key the key's path ({@code develop}, {@code deploy.placement})
 * @param reason why it cannot be applied here
 */
public record UnsupportedKey(String service, String key, String reason) {

  /** Checks the required parts. */
  public UnsupportedKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return (service == null ? "" : "service " + service + ": ") + key + " (" + reason + ")";
  }
}
