package dev.phoenix.api.compose;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A service's {@code healthcheck}. Null durations and retries leave the image's or the engine's
 * defaults (30s interval, 30s timeout, 3 retries) in place.
 *
 * <pre>{@code
 * HealthCheck check = HealthCheck.builder()
 *     .test(List.of("CMD-SHELL", "wget -q -O - http://127.0.0.1/ || exit 1"))
 *     .interval(Duration.ofSeconds(5)).retries(10).build();
 * }</pre>
 *
 * @param test the probe: {@code ["CMD", args...]}, {@code ["CMD-SHELL", command]} or
 *     {@code ["NONE"]}; empty to keep the image's
 * @param timeout how long one probe may run, or null
 * @param interval the time between probes, or null
 * @param retries consecutive failures before the container is unhealthy, or null
 * @param startPeriod the grace time after start during which failures do not count, or null
 * @param startInterval the time between probes during the start period, or null
 * @param disable whether the image's health check is switched off
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record HealthCheck(
    List<String> test,
    Duration timeout,
    Duration interval,
    Integer retries,
    Duration startPeriod,
    Duration startInterval,
    boolean disable,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Validates the numbers and copies the collections. */
  public HealthCheck {
    test = Copies.list(test, "healthcheck.test");
    Copies.requireNonNegative(timeout, "healthcheck.timeout");
    Copies.requireNonNegative(interval, "healthcheck.interval");
    Copies.requireNonNegative(retries, "healthcheck.retries");
    Copies.requireNonNegative(startPeriod, "healthcheck.start_period");
    Copies.requireNonNegative(startInterval, "healthcheck.start_interval");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this health check's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link HealthCheck}. */
  public static final class Builder {
    private List<String> test;
    private Duration timeout;
    private Duration interval;
    private Integer retries;
    private Duration startPeriod;
    private Duration startInterval;
    private boolean disable;
    private Map<String, Object> extensions;
    private Map<String, Object> unknown;

    private Builder() {
    }

    private Builder(HealthCheck from) {
      test = from.test;
      timeout = from.timeout;
      interval = from.interval;
      retries = from.retries;
      startPeriod = from.startPeriod;
      startInterval = from.startInterval;
      disable = from.disable;
      extensions = from.extensions;
      unknown = from.unknown;
    }

    /** Sets {@link HealthCheck#test()}. */
    public Builder test(List<String> value) { test = value; return this; }

    /** Sets {@link HealthCheck#timeout()}. */
    public Builder timeout(Duration value) { timeout = value; return this; }

    /** Sets {@link HealthCheck#interval()}. */
    public Builder interval(Duration value) { interval = value; return this; }

    /** Sets {@link HealthCheck#retries()}. */
    public Builder retries(Integer value) { retries = value; return this; }

    /** Sets {@link HealthCheck#startPeriod()}. */
    public Builder startPeriod(Duration value) { startPeriod = value; return this; }

    /** Sets {@link HealthCheck#startInterval()}. */
    public Builder startInterval(Duration value) { startInterval = value; return this; }

    /** Sets {@link HealthCheck#disable()}. */
    public Builder disable(boolean value) { disable = value; return this; }

    /** Sets {@link HealthCheck#extensions()}. */
    public Builder extensions(Map<String, Object> value) { extensions = value; return this; }

    /** Sets {@link HealthCheck#unknown()}. */
    public Builder unknown(Map<String, Object> value) { unknown = value; return this; }

    /** The health check; throws {@link IllegalArgumentException} for negative values. */
    public HealthCheck build() {
      return new HealthCheck(test, timeout, interval, retries, startPeriod, startInterval, disable, extensions,
          unknown);
    }
  }
}
