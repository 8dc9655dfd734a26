package dev.phoenix.api.stack;

import java.util.regex.Pattern;

/**
 * Amounts of CPU, memory and processes, as a limit or a reservation. In a manifest:
 * {@code { "cpus": 0.5, "memory": "512m", "pids": 200 }}.
 *
 * @param cpus CPUs as a fraction of one ({@code 0.5}), or null
 * @param memory memory in Compose's byte notation ({@code 512m}, {@code 1g}, {@code 1048576}),
 *     or null
 * @param pids the most processes the container may run, or null (limits only)
 */
public record ResourceAmounts(Double cpus, String memory, Integer pids) {
  private static final Pattern BYTES = Pattern.compile("[0-9]+(\\.[0-9]+)?([bkmgBKMG][bB]?)?");

  /** Checks that each amount is positive and the memory is written as Compose reads it. */
  public ResourceAmounts {
    if (cpus != null && !(cpus > 0)) {
      throw ManifestValues.invalid("cpus", "must be greater than 0, got " + cpus);
    }
    ManifestValues.requireMatches(memory, BYTES, "memory", "a byte amount (512m, 1g, 1048576)");
    ManifestValues.requirePositive(pids, "pids");
  }
}
