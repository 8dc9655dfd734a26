package dev.phoenix.api.compose;

import java.util.Map;

/**
 * A service's {@code logging}: the engine's log driver and its options.
 *
 * @param driver the log driver ({@code json-file}, {@code syslog}...), or null for the engine's default
 * @param options the driver's options
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record Logging(
    String driver,
    Map<String, String> options,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Copies the maps. */
  public Logging {
    options = Copies.map(options, "logging.options");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }
}
