package dev.phoenix.examples.bench;

import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.deploy.DeploymentResult;
import dev.phoenix.api.deploy.DeploymentTarget;
import dev.phoenix.api.deploy.Stack;
import dev.phoenix.api.deploy.StackDeployer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Deploy speed on one engine, in one run: 20 independent services ({@code sleep}), from nothing to
 * running, by (a) the raw floor (docker-java create and start, 8 at a time, no logic), (b) Phoenix
 * in-library, (c) {@code docker-compose up -d}; then a redeploy that changes nothing, by Phoenix
 * in-library, Phoenix as a CLI process ({@code java -jar phoenix.jar deploy}, and through
 * {@code bin/phoenix}, which adds a class-data sharing archive) and {@code docker-compose up -d}.
 * Each cold round tears everything down first; the approaches alternate within a round so that a
 * drift of the machine touches all of them alike. It appends a report to the results file.
 *
 * <pre>
 * benchmarks/deploy.sh        # builds the image and the jar, then runs this:
 * java -cp phoenix-examples/target/phoenix.jar dev.phoenix.examples.bench.DeployBenchmark \
 *     --image phoenix-bench/busybox:latest [--rounds 5] [--services 20] [--noop-runs 5] [--noop-warmup 20]
 *     [--out benchmarks/results/deploy.txt]
 * </pre>
 */
public final class DeployBenchmark {
  private static final List<String> COMMAND = List.of("sleep", "86400");
  private static final String RAW = "phxbench-raw";
  private static final String PHOENIX = "phxbench-phoenix";
  private static final String COMPOSE = "phxbench-compose";

  private final Map<String, String> options;
  private final int services;
  private final String image;
  private final String host;
  private final Path file;

  private DeployBenchmark(Map<String, String> options, Path file) {
    this.options = options;
    this.services = Integer.parseInt(options.get("--services"));
    this.image = options.get("--image");
    this.host = options.get("--host");
    this.file = file;
  }

  /** The service named {@code s01}, {@code s02}, … in every approach. */
  static String serviceName(int index) {
    return String.format(Locale.ROOT, "s%02d", index);
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new java.util.LinkedHashMap<>(Map.of(
        "--rounds", "5", "--services", "20", "--parallel", "8", "--noop-runs", "5", "--noop-warmup", "20",
        "--image", "phoenix-bench/busybox:latest", "--jar", "phoenix-examples/target/phoenix.jar",
        "--launcher", "bin/phoenix", "--compose", "/usr/bin/docker-compose",
        "--out", "benchmarks/results/deploy.txt"));
    String dockerHost = System.getenv("DOCKER_HOST");
    options.put("--host", dockerHost == null || dockerHost.isBlank() ? "unix:///var/run/docker.sock" : dockerHost);
    for (int i = 0; i < args.length; i += 2) {
      if (!options.containsKey(args[i]) || i + 1 >= args.length) {
        throw new IllegalArgumentException("unknown argument or missing value: " + args[i] + "; known: " + options.keySet());
      }
      options.put(args[i], args[i + 1]);
    }
    Path dir = Files.createTempDirectory("phoenix-deploy-bench");
    Path file = dir.resolve("compose.yaml");
    try {
      DeployBenchmark benchmark = new DeployBenchmark(options, file);
      Files.writeString(file, benchmark.composeFile(), StandardCharsets.UTF_8);
      benchmark.run();
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  // A file Debian's docker-compose 1.29 and Phoenix both accept: the 3.8 format, nothing newer.
  private String composeFile() {
    StringBuilder yaml = new StringBuilder("version: \"3.8\"\nservices:\n");
    for (int i = 1; i <= services; i++) {
      yaml.append("  ").append(serviceName(i)).append(":\n")
          .append("    image: ").append(image).append('\n')
          .append("    command: [\"").append(String.join("\", \"", COMMAND)).append("\"]\n");
    }
    return yaml.toString();
  }

  private void run() throws Exception {
    int rounds = Integer.parseInt(options.get("--rounds"));
    int noopRuns = Integer.parseInt(options.get("--noop-runs"));
    int noopWarmup = Integer.parseInt(options.get("--noop-warmup"));
    Samples raw = new Samples();
    Samples phoenixCold = new Samples();
    Samples composeCold = new Samples();
    Samples phoenixNoop = new Samples();
    Samples cliNoop = new Samples();
    Samples launcherNoop = new Samples();
    Samples composeNoop = new Samples();
    String engine;
    String loadBefore = loadAverage();
    try (RawEngine docker = new RawEngine(host, Integer.parseInt(options.get("--parallel")));
        StackDeployer deployer = StackDeployer.builder().target(DeploymentTarget.docker(host)).build()) {
      engine = docker.describe();
      for (String project : List.of(RAW, PHOENIX, COMPOSE)) {
        docker.tearDown(project);
      }
      Stack stack = Stack.of(ComposeLoader.builder().file(file).projectName(PHOENIX).load());
      try {
        for (int round = 1; round <= rounds; round++) {
          long start = System.nanoTime();
          docker.createAndStart(RAW, services, image, COMMAND);
          raw.add(System.nanoTime() - start);
          expectRunning(docker, RAW);
          docker.tearDown(RAW);

          start = System.nanoTime();
          deployer.deploy(stack).parallelism(Integer.parseInt(options.get("--parallel"))).execute();
          phoenixCold.add(System.nanoTime() - start);
          expectRunning(docker, PHOENIX);
          // The first no-op redeploys of each round compile the code they run: left out.
          for (int i = 0; i < noopWarmup + noopRuns; i++) {
            start = System.nanoTime();
            DeploymentResult result = deployer.deploy(stack).execute();
            if (i >= noopWarmup) {
              phoenixNoop.add(System.nanoTime() - start);
            }
            expect(result.wasNoop(), "an in-library redeploy changed something: " + result.plan());
          }
          timeProcesses(cliNoop, noopRuns, "up to date", javaCommand("-jar", options.get("--jar"), "deploy",
              "-f", file.toString(), "-p", PHOENIX));
          timeProcesses(launcherNoop, noopRuns, "up to date", List.of(options.get("--launcher"), "deploy",
              "-f", file.toString(), "-p", PHOENIX));
          docker.tearDown(PHOENIX);

          List<String> composeUp = List.of(options.get("--compose"), "-p", COMPOSE, "-f", file.toString(), "up", "-d");
          start = System.nanoTime();
          runProcess(composeUp, null);
          composeCold.add(System.nanoTime() - start);
          expectRunning(docker, COMPOSE);
          timeProcesses(composeNoop, noopRuns, null, composeUp);
          docker.tearDown(COMPOSE);
          System.out.printf(Locale.ROOT, "round %d: raw %.2f s, phoenix %.2f s, docker-compose %.2f s%n",
              round, raw.last() / 1e9, phoenixCold.last() / 1e9, composeCold.last() / 1e9);
        }
      } finally {
        for (String project : List.of(RAW, PHOENIX, COMPOSE)) {
          docker.tearDown(project);
        }
      }
    }
    engine += "; load average before " + loadBefore + ", after " + loadAverage();
    report(engine, rounds, noopRuns, noopWarmup, raw, phoenixCold, composeCold, phoenixNoop, cliNoop, launcherNoop, composeNoop);
  }

  private void report(String engine, int rounds, int noopRuns, int noopWarmup, Samples raw, Samples phoenixCold, Samples composeCold,
      Samples phoenixNoop, Samples cliNoop, Samples launcherNoop, Samples composeNoop) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%n== %s deploy benchmark: %d services (sleep), %d rounds; %s; %s %s; %d CPUs%n",
        Instant.now().toString().substring(0, 19) + "Z", services, rounds, engine,
        System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
    text.append("cold deploy, nothing to all running (s)              median    min    max\n");
    line(text, "(a) raw floor: docker-java create+start, 8 at once", raw, 1e9, "%6.2f");
    line(text, "(b) phoenix in-library", phoenixCold, 1e9, "%6.2f");
    line(text, "(c) docker-compose 1.29 up -d", composeCold, 1e9, "%6.2f");
    text.append(String.format(Locale.ROOT, "    phoenix / raw floor: %.3f (goal <= 1.05); docker-compose / raw floor: %.3f%n",
        phoenixCold.median() / raw.median(), composeCold.median() / raw.median()));
    text.append(String.format(Locale.ROOT, "no-op redeploy (ms; in-library: %d per round after %d warm-up; processes: %d per round)%n",
        noopRuns, noopWarmup, noopRuns));
    line(text, "phoenix in-library", phoenixNoop, 1e6, "%6.1f");
    line(text, "phoenix CLI: java -jar phoenix.jar deploy", cliNoop, 1e6, "%6.0f");
    line(text, "phoenix CLI: bin/phoenix deploy (CDS archive)", launcherNoop, 1e6, "%6.0f");
    line(text, "docker-compose 1.29 up -d", composeNoop, 1e6, "%6.0f");
    text.append(String.format(Locale.ROOT,
        "    in-library goal <= 50 ms: %s; CLI / docker-compose: java -jar %.2f, bin/phoenix %.2f (goal <= 0.5)%n",
        phoenixNoop.median() / 1e6 <= 50 ? "met" : "missed",
        cliNoop.median() / composeNoop.median(), launcherNoop.median() / composeNoop.median()));
    System.out.print(text);
    Path out = Path.of(options.get("--out"));
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  // Other work on the machine slows every approach: the report says how busy it was.
  private static String loadAverage() throws IOException {
    Path loadavg = Path.of("/proc/loadavg");
    if (!Files.isReadable(loadavg)) {
      return "unknown";
    }
    String[] fields = Files.readString(loadavg).split(" ");
    return fields[0] + " " + fields[1] + " " + fields[2];
  }

  private static void line(StringBuilder text, String label, Samples samples, double unit, String format) {
    text.append(String.format(Locale.ROOT, "  %-52s" + format + " " + format + " " + format + "%n", label,
        samples.median() / unit, samples.min() / unit, samples.max() / unit));
  }

  private void expectRunning(RawEngine docker, String project) {
    long running = docker.running(project);
    expect(running == services, project + ": " + running + " of " + services + " containers running");
  }

  private static void expect(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalStateException(problem);
    }
  }

  private static List<String> javaCommand(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(args));
    return command;
  }

  // One run outside the samples first: it makes bin/phoenix's archive and warms the file cache.
  private static void timeProcesses(Samples samples, int runs, String expected, List<String> command)
      throws IOException, InterruptedException {
    runProcess(command, expected);
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      runProcess(command, expected);
      samples.add(System.nanoTime() - start);
    }
  }

  private static void runProcess(List<String> command, String expected) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = process.waitFor();
    if (status != 0 || (expected != null && !output.contains(expected))) {
      throw new IllegalStateException(String.join(" ", command) + " exited " + status + ":\n" + output);
    }
  }

  /** Durations in nanoseconds. */
  private static final class Samples {
    private final List<Long> values = new ArrayList<>();

    void add(long nanos) {
      values.add(nanos);
    }

    long last() {
      return values.get(values.size() - 1);
    }

    double median() {
      List<Long> sorted = values.stream().sorted().toList();
      int n = sorted.size();
      return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    double min() {
      return values.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    double max() {
      return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
  }
}
