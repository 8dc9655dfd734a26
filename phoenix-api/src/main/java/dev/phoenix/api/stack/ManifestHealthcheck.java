package dev.phoenix.api.stack;

import java.time.Duration;

/**
 * A health check injected into a service that has none (or replacing its own). In a manifest,
 * durations are written as in Compose ({@code 10s}, {@code 1m30s}):
 *
 * <pre>{@code
 * "healthcheck": { "command": "wget -q -O - http://127.0.0.1:8080/health || exit 1",
 *                  "interval": "10s", "retries": 5 }
 * }</pre>
 *
 * @param command the shell command of the probe ({@code CMD-SHELL}); exit code 0 means healthy
 * @param interval the time between probes, or null for the engine's default
 * @param timeout how long one probe may run, or null
 * @param retries consecutive failures before the service is unhealthy, or null
 * @param startPeriod the grace time after start during which failures do not count, or null
 */
public record ManifestHealthcheck(String command, Duration interval, Duration timeout, Integer retries,
    Duration startPeriod) {

  /** Checks that there is a command and that the numbers are positive. */
  public ManifestHealthcheck {
    if (command == null) {
      throw ManifestValues.invalid("command", "a health check needs a command");
    }
    ManifestValues.requireNonBlank(command, "command");
    ManifestValues.requireNonNegative(interval, "interval");
    ManifestValues.requireNonNegative(timeout, "timeout");
    ManifestValues.requirePositive(retries, "retries");
    ManifestValues.requireNonNegative(startPeriod, "startPeriod");
  }
}
