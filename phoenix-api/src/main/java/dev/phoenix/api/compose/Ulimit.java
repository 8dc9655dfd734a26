package dev.phoenix.api.compose;

import java.util.Map;

/**
 * One entry of {@code ulimits}: either a single value used as both limits
 * ({@code nproc: 65535}) or a soft and a hard limit ({@code nofile: {soft: 20000, hard: 40000}}).
 *
 * @param single the value of both limits, or null when soft and hard are given
 * @param soft the soft limit, or null for the single form
 * @param hard the hard limit, or null for the single form
 * @param extensions the {@code x-*} keys of the soft/hard mapping
 * @param unknown other keys of the soft/hard mapping, kept so they survive a round trip
 */
public record Ulimit(
    Long single,
    Long soft,
    Long hard,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Checks that exactly one of the two forms is used, and copies the maps. */
  public Ulimit {
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
    if (single != null && (soft != null || hard != null || !extensions.isEmpty() || !unknown.isEmpty())) {
      throw new IllegalArgumentException("a ulimit is either a single value or soft and hard limits");
    }
  }

  /** The single form: {@code value} for both limits. */
  public static Ulimit of(long value) {
    return new Ulimit(value, null, null, Map.of(), Map.of());
  }

  /** The soft and hard form. */
  public static Ulimit of(long soft, long hard) {
    return new Ulimit(null, soft, hard, Map.of(), Map.of());
  }

  /** The soft limit in effect: {@link #single()} or {@link #soft()}, 0 when neither is set. */
  public long effectiveSoft() {
    return single != null ? single : soft != null ? soft : 0;
  }

  /** The hard limit in effect: {@link #single()} or {@link #hard()}, 0 when neither is set. */
  public long effectiveHard() {
    return single != null ? single : hard != null ? hard : 0;
  }
}
