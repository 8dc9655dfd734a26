package dev.phoenix.core.compose.internal.yaml;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * CPU time per {@link ComposeYaml#read} of compose-go's full example, on the fast path and on
 * snakeyaml-engine's path, after warm-up: not a test, a program to run by hand.
 *
 * <pre>
 * java -cp phoenix-core/target/test-classes:phoenix-core/target/classes:... \
 *     dev.phoenix.core.compose.internal.yaml.FastPathBenchmark ../shared/conformance/compose/full-example/full-example.yml
 * </pre>
 */
final class FastPathBenchmark {
  private static final int ROUNDS = 30;
  private static final int READS_PER_ROUND = 5_000;

  private FastPathBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    String yaml = Files.readString(Path.of(args[0]));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] fast = new double[ROUNDS];
    double[] slow = new double[ROUNDS];
    long sink = 0;
    for (int warmUp = 0; warmUp < 5; warmUp++) {
      sink += run(yaml, true, threads, null, 0) + run(yaml, false, threads, null, 0);
    }
    for (int round = 0; round < ROUNDS; round++) {
      sink += run(yaml, true, threads, fast, round) + run(yaml, false, threads, slow, round);
    }
    System.out.printf("ComposeYaml.read CPU time per read, %d rounds of %d: fast path %s, snakeyaml-engine %s (%d)%n",
        ROUNDS, READS_PER_ROUND, summary(fast), summary(slow), sink % 10);
  }

  private static long run(String yaml, boolean fast, ThreadMXBean threads, double[] times, int round) {
    long sink = 0;
    long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < READS_PER_ROUND; i++) {
      sink += (fast ? ComposeYaml.read(yaml, "full-example.yml")
          : ComposeYaml.readWithSnakeYaml(yaml, "full-example.yml", YamlLimits.DEFAULT)).size();
    }
    if (times != null) {
      times[round] = (threads.getCurrentThreadCpuTime() - start) / 1e3 / READS_PER_ROUND;
    }
    return sink;
  }

  private static String summary(double[] micros) {
    double[] sorted = micros.clone();
    Arrays.sort(sorted);
    return String.format("min %.1f µs, median %.1f µs", sorted[0], sorted[sorted.length / 2]);
  }
}
