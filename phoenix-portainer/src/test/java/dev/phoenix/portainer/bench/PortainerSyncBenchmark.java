package dev.phoenix.portainer.bench;

import dev.phoenix.api.deploy.DeploymentTarget;
import dev.phoenix.core.stack.StackSync;
import dev.phoenix.core.stack.SyncOutcome;
import dev.phoenix.core.stack.SyncReport;
import dev.phoenix.core.stack.SyncResult;
import dev.phoenix.portainer.PortainerClient;
import dev.phoenix.portainer.PortainerTargetProvider;
import dev.phoenix.portainer.PortainerVersion;
import dev.phoenix.portainer.StackEnv;
import dev.phoenix.portainer.testing.FakePortainer;
import dev.phoenix.portainer.testing.NoDelayServerSocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Syncing many stacks through Portainer, measured in requests and time against an in-memory
 * Portainer ({@link FakePortainer} on MockWebServer, 127.0.0.1), optionally with a delay on every
 * answer to stand for a real server's latency. A benchmark, not a test: it appends a report to the
 * results file, and exits 1 when a sync of N stacks with one changed does not make exactly one PUT
 * and no POST.
 *
 * <p>Two ways are measured: the client's {@code stacks().createOrUpdate} once per stack (what a
 * script over the client does), and a {@link StackSync} of a directory through the Portainer
 * target (what {@code phoenix sync DIR --target portainer:...} does), for a first sync that creates
 * every stack, a sync that changes nothing, and a sync with one stack changed. Each sync opens a new
 * target, as a new CLI process would. The first round is a warm-up and is not reported.
 *
 * <pre>
 * benchmarks/portainer-sync.sh [--stacks 100] [--rounds 5] [--latency-ms 0,5] [--version 2.21.4]
 *     [--out benchmarks/results/portainer-sync.txt]
 * </pre>
 */
public final class PortainerSyncBenchmark {
  private static final String KEY = "ptr_benchmark0123456789";

  private final int stacks;
  private final int rounds;
  private final PortainerVersion version;

  private PortainerSyncBenchmark(int stacks, int rounds, PortainerVersion version) {
    this.stacks = stacks;
    this.rounds = rounds;
    this.version = version;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>(Map.of("--stacks", "100", "--rounds", "5", "--latency-ms",
        "0,5", "--version", "2.21.4", "--out", "benchmarks/results/portainer-sync.txt"));
    for (int i = 0; i < args.length; i += 2) {
      if (!options.containsKey(args[i]) || i + 1 >= args.length) {
        System.err.println("usage: PortainerSyncBenchmark " + String.join(" ", options.keySet().stream()
            .map(o -> "[" + o + " " + options.get(o) + "]").toList()));
        System.exit(2);
      }
      options.put(args[i], args[i + 1]);
    }
    PortainerSyncBenchmark benchmark = new PortainerSyncBenchmark(Integer.parseInt(options.get("--stacks")),
        Integer.parseInt(options.get("--rounds")), PortainerVersion.parse(options.get("--version")));
    StringBuilder report = new StringBuilder();
    boolean met = true;
    for (String latency : options.get("--latency-ms").split(",")) {
      met &= benchmark.run(Integer.parseInt(latency.strip()), report);
    }
    System.out.print(report);
    Path out = Path.of(options.get("--out"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report.append('\n').toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    System.out.println("appended to " + out);
    System.exit(met ? 0 : 1);
  }

  /** One scenario's measure in one round. */
  private record Measure(long nanos, List<RecordedRequest> requests) {
    long count(String method) {
      return requests.stream().filter(r -> r.getMethod().equals(method)).count();
    }
  }

  private boolean run(int latencyMillis, StringBuilder report) throws IOException {
    Map<String, List<Measure>> results = new LinkedHashMap<>();
    for (int round = 0; round <= rounds; round++) {
      Map<String, Measure> measures = new LinkedHashMap<>();
      measures.put("client createOrUpdate x" + stacks + ", 1 changed", clientRound(latencyMillis));
      measures.putAll(syncRound(latencyMillis));
      if (round > 0) {
        measures.forEach((name, measure) -> results.computeIfAbsent(name, k -> new ArrayList<>()).add(measure));
      }
    }
    report.append(String.format(Locale.ROOT, "== %s portainer sync benchmark: %d stacks, %d rounds after 1 warm-up;"
        + " fake Portainer %s on MockWebServer at 127.0.0.1, %d ms added to every answer; %s %s; %d CPUs%n",
        Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), stacks, rounds, version, latencyMillis,
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors()));
    report.append(String.format(Locale.ROOT, "%-46s %8s %9s %4s %4s %9s %9s %9s %10s%n", "scenario", "requests",
        "per stack", "PUT", "POST", "median ms", "min ms", "max ms", "ms / stack"));
    boolean met = true;
    for (Map.Entry<String, List<Measure>> entry : results.entrySet()) {
      List<Measure> measures = entry.getValue();
      Measure first = measures.get(0);
      List<Double> millis = measures.stream().map(m -> m.nanos() / 1e6).sorted().toList();
      double median = millis.get(millis.size() / 2);
      report.append(String.format(Locale.ROOT, "%-46s %8d %9.2f %4d %4d %9.1f %9.1f %9.1f %10.2f%n", entry.getKey(),
          first.requests().size(), first.requests().size() / (double) stacks, first.count("PUT"), first.count("POST"),
          median, millis.get(0), millis.get(millis.size() - 1), median / stacks));
      if (entry.getKey().contains("1 changed")) {
        boolean exact = measures.stream().allMatch(m -> m.count("PUT") == 1 && m.count("POST") == 0
            && m.count("DELETE") == 0);
        met &= exact;
      }
    }
    for (Map.Entry<String, List<Measure>> entry : results.entrySet()) {
      report.append("  ").append(entry.getKey()).append(": ").append(breakdown(entry.getValue().get(0))).append('\n');
    }
    report.append("    goal (").append(stacks).append(" stacks, 1 changed: exactly one PUT, no POST, in every round): ")
        .append(met ? "met" : "NOT MET").append('\n');
    return met;
  }

  /** The client path: createOrUpdate for every stack, one of which changed. */
  private Measure clientRound(int latencyMillis) throws IOException {
    FakePortainer fake = fake();
    for (int i = 0; i < stacks; i++) {
      fake.seedStack(1, name(i), compose(i, "1.36"), Map.of());
    }
    try (MockWebServer server = server(fake, latencyMillis);
        PortainerClient client = PortainerClient.builder().url(server.url("/").uri()).apiKey(KEY).build()) {
      int changed = stacks / 2;
      long start = System.nanoTime();
      int updated = 0;
      for (int i = 0; i < stacks; i++) {
        var result = client.stacks().createOrUpdate(1, name(i), compose(i, i == changed ? "1.37" : "1.36"),
            StackEnv.empty());
        updated += result.outcome() == dev.phoenix.portainer.SyncOutcome.UNCHANGED ? 0 : 1;
      }
      long nanos = System.nanoTime() - start;
      if (updated != 1) {
        throw new IllegalStateException("createOrUpdate changed " + updated + " stacks, not 1");
      }
      return new Measure(nanos, fake.requests());
    }
  }

  /** The sync path: a directory synced through a Portainer target three times. */
  private Map<String, Measure> syncRound(int latencyMillis) throws IOException {
    Path directory = Files.createTempDirectory("phoenix-portainer-bench");
    try {
      for (int i = 0; i < stacks; i++) {
        Files.createDirectories(directory.resolve(name(i)));
        Files.writeString(directory.resolve(name(i)).resolve("compose.yaml"), compose(i, "1.36"));
      }
      FakePortainer fake = fake();
      Map<String, Measure> measures = new LinkedHashMap<>();
      try (MockWebServer server = server(fake, latencyMillis)) {
        String base = server.url("/").toString();
        String address = base.substring(0, base.length() - 1) + "?endpoint=1";
        measures.put("phoenix sync via target: first (" + stacks + " new)",
            sync(fake, address, directory, SyncOutcome.CREATED, stacks));
        measures.put("phoenix sync via target: nothing changed", sync(fake, address, directory, SyncOutcome.UNCHANGED, stacks));
        int changed = stacks / 2;
        Files.writeString(directory.resolve(name(changed)).resolve("compose.yaml"), compose(changed, "1.37"));
        measures.put("phoenix sync via target: 1 changed", sync(fake, address, directory, SyncOutcome.UPDATED, 1));
      }
      return measures;
    } finally {
      try (Stream<Path> walk = Files.walk(directory)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private Measure sync(FakePortainer fake, String address, Path directory, SyncOutcome expected, int expectedCount) {
    fake.clearRequests();
    Map<String, String> environment = Map.of(PortainerTargetProvider.API_KEY, KEY);
    long start = System.nanoTime();
    SyncReport report;
    try (DeploymentTarget target = DeploymentTarget.open("portainer", address, environment)) {
      report = StackSync.to(target).environment(environment).sync(directory);
    }
    long nanos = System.nanoTime() - start;
    long matching = report.stacks().stream().map(SyncResult::outcome).filter(expected::equals).count();
    List<SyncResult> failed = report.stacks().stream().filter(r -> r.outcome() == SyncOutcome.FAILED
        || r.outcome() == SyncOutcome.BROKEN).toList();
    if (matching != expectedCount || !failed.isEmpty()) {
      throw new IllegalStateException("the sync gave " + matching + " " + expected + " stacks, not " + expectedCount
          + (failed.isEmpty() ? "" : "; failed: " + failed));
    }
    return new Measure(nanos, fake.requests());
  }

  private FakePortainer fake() {
    return new FakePortainer(version).apiKey(KEY).environment(1, "local", null);
  }

  private static MockWebServer server(FakePortainer fake, int latencyMillis) throws IOException {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(latencyMillis == 0 ? fake : new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        return fake.dispatch(request).newBuilder().headersDelay(latencyMillis, TimeUnit.MILLISECONDS).build();
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    return server;
  }

  /** The requests of one measure by kind: the route with IDs and names left out. */
  private static String breakdown(Measure measure) {
    Map<String, Integer> counts = new TreeMap<>();
    for (RecordedRequest request : measure.requests()) {
      String path = request.getUrl().encodedPath().replaceAll("/\\d+(?=/|$)", "/{id}");
      if (path.endsWith("/docker/containers/json")) {
        path += "?" + (request.getUrl().queryParameter("filters").contains("=") ? "one stack" : "all stacks");
      }
      counts.merge(request.getMethod() + " " + path, 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((route, count) -> parts.add(route + " " + count));
    return String.join(", ", parts);
  }

  private static String name(int index) {
    return String.format(Locale.ROOT, "stack%03d", index);
  }

  private static String compose(int index, String tag) {
    return "services:\n  app:\n    image: busybox:" + tag + "\n    command: [\"sleep\", \"" + (1000 + index) + "\"]\n";
  }
}
