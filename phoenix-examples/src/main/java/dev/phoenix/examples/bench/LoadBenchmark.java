package dev.phoenix.examples.bench;

import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.compose.ComposeProject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How many times per second one thread loads and normalizes the compose-go full example (the
 * largest shared conformance file: every attribute, env files, label files, extensions).
 *
 * <pre>
 * taskset -c 0 java -cp phoenix-examples/target/phoenix.jar dev.phoenix.examples.bench.LoadBenchmark \
 *     [--dir ../shared/conformance/compose/full-example] [--warmup 60] [--seconds 5] [--rounds 5]
 *     [--out benchmarks/results/compose-load.txt]
 * </pre>
 *
 * <p>It warms up (60 s by default), then measures each round separately and reports every round's
 * rate and the median, appending a line to the results file. Loads use the options of the
 * conformance comparison (fixed environment, no consistency check) with normalization on, so each one reads the file and
 * its env and label files from disk.
 */
public final class LoadBenchmark {
  private LoadBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of("../shared/conformance/compose/full-example");
    double warmup = 60;
    double seconds = 5;
    int rounds = 5;
    Path out = Path.of("benchmarks/results/compose-load.txt");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--dir" -> dir = Path.of(args[++i]);
        case "--warmup" -> warmup = Double.parseDouble(args[++i]);
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path file = dir.resolve("full-example.yml").toAbsolutePath();
    if (!Files.isRegularFile(file)) {
      System.err.println("no full-example.yml in " + dir.toAbsolutePath() + " (use --dir)");
      System.exit(2);
    }
    Map<String, String> env = Map.of("HOME", "/home/bench", "BAR", "this is a secret", "QUX", "qux_from_environment");

    // Pinned to one core, the JIT compilers share that core with the loop: warm up long enough
    // for the compiled code to settle before measuring.
    System.out.printf("warm-up: %.0f loads/s%n", round(file, env, warmup));
    List<Double> rates = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      rates.add(round(file, env, seconds));
      System.out.printf("round %d: %.0f loads/s%n", r + 1, rates.get(r));
    }
    List<Double> sorted = new ArrayList<>(rates);
    sorted.sort(null);
    double median = sorted.get(sorted.size() / 2);
    String line = String.format("%s compose-load full-example: median %.0f loads/s (rounds: %s; %s s each after %s s warm-up; 1 thread; %s %s; %d CPUs)%n",
        Instant.now().toString().substring(0, 19) + "Z", median, rates.stream().map(v -> String.format("%.0f", v)).toList(),
        seconds, warmup, System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    System.out.print(line);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, line, StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
  }

  private static double round(Path file, Map<String, String> env, double seconds) {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long start = System.nanoTime();
    long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    int loads = 0;
    int sink = 0;
    while (System.nanoTime() < deadline) {
      ComposeProject project = ComposeLoader.builder()
          .file(file)
          .environment(env)
          // The example refers to services it does not define (db, redis), as upstream's does.
          .consistencyCheck(false)
          .onWarning(message -> { })
          .load();
      sink += project.services().size();
      loads++;
    }
    long elapsed = System.nanoTime() - start;
    if (sink == 0) {
      throw new IllegalStateException("the example has no services");
    }
    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
    return loads / (Math.max(elapsed, cpu) / 1e9);
  }
}
