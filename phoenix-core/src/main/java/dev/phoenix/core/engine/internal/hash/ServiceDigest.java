package dev.phoenix.core.engine.internal.hash;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Phoenix's configuration hash of one service, and a short digest per field so that a plan can
 * say which field changed without storing any value.
 *
 * @param hash the SHA-256 of the service's canonical form, 64 lowercase hex digits
 * @param fields per-field digests (12 hex digits) by top-level Compose key, with
 *     {@code environment} and {@code labels} split per key ({@code environment.LOG_LEVEL})
 */
public record ServiceDigest(String hash, Map<String, String> fields) {
  /** Checks the hash and copies the fields, sorted by key. */
  public ServiceDigest {
    Objects.requireNonNull(hash, "hash");
    fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
  }
}
