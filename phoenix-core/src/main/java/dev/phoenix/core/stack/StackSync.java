package dev.phoenix.core.stack;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.api.deploy.DeployOptions;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.DeploymentResult;
import dev.phoenix.api.deploy.DeploymentTarget;
import dev.phoenix.api.deploy.EngineUnreachableException;
import dev.phoenix.api.deploy.ImageUnavailableException;
import dev.phoenix.api.deploy.Plan;
import dev.phoenix.api.deploy.PullPolicy;
import dev.phoenix.api.deploy.RemovalResult;
import dev.phoenix.api.deploy.RemoveOptions;
import dev.phoenix.api.deploy.Stack;
import dev.phoenix.api.deploy.StackSummary;
import dev.phoenix.api.stack.HealthPolicy;
import dev.phoenix.api.stack.StackManifest;
import dev.phoenix.api.stack.TargetOptions;
import dev.phoenix.core.stack.internal.SyncTargets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings targets to a directory of stacks ({@link StacksDirectory}): every stack is rendered with
 * its manifest applied ({@link ManifestRenderer}) and deployed, in name order; an unchanged stack
 * is left untouched. A broken stack, or one whose deployment fails, is reported and does not stop
 * the others. Each method returns a new sync and never changes one already returned, so a sync
 * can be shared between threads once built; only {@link #sync(Path)} does I/O.
 *
 * <pre>{@code
 * try (DeploymentTarget engine = DeploymentTarget.docker()) {
 *   SyncReport report = StackSync.to(engine)
 *       .prune(true)
 *       .waitTimeout(Duration.ofMinutes(2))
 *       .sync(Path.of("stacks"));
 *   System.out.print(report.toTable());
 * }
 * }</pre>
 *
 * <p>A sync runs in two passes. First every stack is prepared: its target chosen, its manifest
 * applied, the digests of its {@code pinDigest} images looked up on that target, and, with a
 * {@linkplain #staging staging area}, its files written there and checked readable by the reader.
 * Only then are the prepared stacks deployed, so a stack that cannot be prepared is reported
 * before anything is deployed, and is not deployed itself.
 *
 * <p>A stack's manifest chooses for itself, over the sync's defaults: {@code target.uri} (where it
 * goes: opened once per URI for the whole sync and closed at its end), {@code health.timeout} (how
 * long to wait for health), {@code target.removeOrphans} and {@code target.pull}.
 * {@code health.rollbackOnFailure} is not applied yet: such a stack is deployed with a warning.
 *
 * <p>Pruning removes a stack from a target (the sync's own and every one a manifest named) only
 * when all of these hold: no stack of that name is in the directory, Phoenix deployed it
 * ({@link StackSummary#deployedByPhoenix()}: a stack that {@code docker compose} made is never
 * touched), and it is in the {@linkplain #pruneScope prune scope}, by default the stacks whose
 * recorded compose files lie in a subdirectory of the synced directory (or, with staging, of the
 * staging area as the reader sees it), so that syncing one directory never removes the stacks of
 * another. Volumes are kept.
 */
public final class StackSync {
  private static final Logger LOG = LoggerFactory.getLogger(StackSync.class);

  private final DeploymentTarget target;
  private Map<String, String> environment = System.getenv();
  private Map<String, String> targetEnvironment;
  private Function<String, DeploymentTarget> targetOpener;
  private StagingArea staging;
  private ReaderIdentity reader = ReaderIdentity.root();
  private boolean dryRun;
  private boolean prune;
  private Predicate<StackSummary> pruneScope;
  private Duration waitTimeout;
  private boolean removeOrphans;
  private PullPolicy pullPolicy;
  private DeploymentListener listener = DeploymentListener.NONE;

  private StackSync(DeploymentTarget target) {
    this.target = target;
  }

  /**
   * A sync to {@code target}: not a dry run, no pruning, no waiting, orphans kept, no staging, each
   * stack rendered with this process's environment. The target is not closed by the sync: it stays
   * the caller's.
   */
  public static StackSync to(DeploymentTarget target) {
    return new StackSync(Objects.requireNonNull(target, "target"));
  }

  /**
   * This sync looking variables up in {@code variables} (over each stack's {@code .env} and its
   * manifest's {@code environment}) rather than this process's environment. Targets named by
   * manifests are opened with it too, unless {@link #targetEnvironment} gives them their own.
   */
  public StackSync environment(Map<String, String> variables) {
    StackSync copy = copy();
    copy.environment = Map.copyOf(Objects.requireNonNull(variables, "environment"));
    return copy;
  }

  /**
   * This sync opening the targets that manifests name with {@code variables} (credentials, TLS
   * settings) instead of the {@link #environment} stacks are rendered with: what only a target
   * needs, such as an API key, is then never a variable a compose file could interpolate.
   */
  public StackSync targetEnvironment(Map<String, String> variables) {
    StackSync copy = copy();
    copy.targetEnvironment = Map.copyOf(Objects.requireNonNull(variables, "targetEnvironment"));
    return copy;
  }

  /**
   * This sync opening the targets that manifests name ({@code target.uri}, as
   * {@link TargetOptions} documents it) with {@code opener}; by default {@code docker} and
   * {@code docker+context:NAME} open a Docker engine, other kinds go to the providers on the class
   * path. Targets it opens are closed when the sync ends.
   */
  public StackSync targetOpener(Function<String, DeploymentTarget> opener) {
    StackSync copy = copy();
    copy.targetOpener = Objects.requireNonNull(opener, "opener");
    return copy;
  }

  /**
   * This sync writing each rendered stack to {@code area} before deploying it from there, as
   * {@code reader} (the daemon or agent that reads the files) sees it: a stack whose files
   * {@code reader} could not read, or whose host paths lie outside the area, is reported broken
   * and not deployed. In a dry run nothing is written and only the host paths are checked.
   */
  public StackSync staging(StagingArea area, ReaderIdentity reader) {
    StackSync copy = copy();
    copy.staging = Objects.requireNonNull(area, "area");
    copy.reader = Objects.requireNonNull(reader, "reader");
    return copy;
  }

  /** This sync planning only ({@code true}): every stack's plan is computed, nothing is changed. */
  public StackSync dryRun(boolean plansOnly) {
    StackSync copy = copy();
    copy.dryRun = plansOnly;
    return copy;
  }

  /** This sync removing ({@code true}) the stacks Phoenix deployed that are no longer in the directory. */
  public StackSync prune(boolean removeGone) {
    StackSync copy = copy();
    copy.prune = removeGone;
    return copy;
  }

  /**
   * This sync with another prune scope: which stacks Phoenix deployed may be pruned when they are
   * not in the directory ({@code summary -> true} for every one on the target).
   */
  public StackSync pruneScope(Predicate<StackSummary> scope) {
    StackSync copy = copy();
    copy.pruneScope = Objects.requireNonNull(scope, "scope");
    return copy;
  }

  /**
   * This sync waiting up to {@code timeout} (null: not waiting) for each stack to be healthy,
   * unless its manifest says otherwise.
   */
  public StackSync waitTimeout(Duration timeout) {
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("the wait timeout must be positive: " + timeout);
    }
    StackSync copy = copy();
    copy.waitTimeout = timeout;
    return copy;
  }

  /** This sync removing orphan containers, unless a stack's manifest says otherwise. */
  public StackSync removeOrphans(boolean remove) {
    StackSync copy = copy();
    copy.removeOrphans = remove;
    return copy;
  }

  /** This sync overriding the pull policy of every service, unless a stack's manifest says otherwise. */
  public StackSync pullPolicy(PullPolicy policy) {
    StackSync copy = copy();
    copy.pullPolicy = policy;
    return copy;
  }

  /** This sync reporting every deployment's progress to {@code progress}. */
  public StackSync listener(DeploymentListener progress) {
    StackSync copy = copy();
    copy.listener = Objects.requireNonNull(progress, "listener");
    return copy;
  }

  /**
   * Syncs {@code directory}: discovers its stacks, prepares each, deploys (or plans) the prepared
   * ones, then prunes if asked.
   *
   * @throws PhoenixException when the directory cannot be listed
   * @throws EngineUnreachableException when the sync's own target does not answer before any stack
   *     is tried
   */
  public SyncReport sync(Path directory) {
    long start = System.nanoTime();
    Path root = directory.toAbsolutePath().normalize();
    List<DiscoveredStack> stacks = new ArrayList<>(StacksDirectory.discover(root));
    stacks.sort(Comparator.comparing(DiscoveredStack::name).thenComparing(DiscoveredStack::directory));
    try (Targets targets = new Targets()) {
      List<Prepared> prepared = new ArrayList<>();
      for (DiscoveredStack stack : stacks) {
        prepared.add(prepare(stack, targets));
      }
      List<SyncResult> rows = new ArrayList<>();
      for (Prepared stack : prepared) {
        SyncResult row = stack.refused() != null ? stack.refused() : deploy(stack, targets);
        LOG.info("Stack {}: {}", row.name(), row.outcome().label());
        rows.add(row);
      }
      if (prune) {
        Set<String> inDirectory = stacks.stream().map(DiscoveredStack::name).collect(Collectors.toSet());
        Predicate<StackSummary> scope = pruneScope != null ? pruneScope : defaultScope(root);
        for (Map.Entry<DeploymentTarget, List<StackSummary>> entry : targets.listed().entrySet()) {
          for (StackSummary summary : entry.getValue()) {
            if (summary.deployedByPhoenix() && !inDirectory.contains(summary.stack()) && scope.test(summary)) {
              rows.add(pruneOne(entry.getKey(), summary.stack(), root));
            }
          }
        }
      }
      return new SyncReport(root, target.describe(), dryRun, rows, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** A stack ready to deploy, or the row saying why it is not. */
  private Prepared prepare(DiscoveredStack stack, Targets targets) {
    long start = System.nanoTime();
    if (stack.isBroken()) {
      return refuse(stack, null, SyncOutcome.BROKEN, start, String.join("; ", stack.problems()));
    }
    TargetOptions chosen = stack.manifest().target();
    String uri = chosen == null ? null : chosen.uri();
    DeploymentTarget destination;
    try {
      destination = uri == null ? target : targets.open(uri);
    } catch (EngineUnreachableException e) {
      return refuse(stack, uri, SyncOutcome.FAILED, start, "target " + uri + ": " + messageOf(e));
    } catch (RuntimeException e) {
      return refuse(stack, uri, SyncOutcome.BROKEN, start, "target " + uri + ": " + messageOf(e));
    }
    String where = destination.describe();
    try {
      targets.remember(destination);
      RenderedStack rendered = ManifestRenderer.render(stack, environment, Map.of());
      if (!rendered.digestsToLookUp().isEmpty()) {
        rendered = ManifestRenderer.render(stack, environment, digests(rendered, destination));
      }
      ComposeProject project = rendered.project();
      if (staging != null) {
        StagedStack staged;
        if (dryRun) {
          staged = staging.locate(rendered);
          staging.requireVisible(staged);
        } else {
          staged = staging.stage(rendered);
          staging.requireReadable(staged, reader);
        }
        project = staging.readerProject(rendered, staged);
      }
      return new Prepared(stack, destination, Stack.of(project), options(stack.manifest()),
          warnings(stack.manifest()), start, null);
    } catch (EngineUnreachableException | ImageUnavailableException e) {
      LOG.debug("Stack {} could not be prepared", stack.name(), e);
      return refuse(stack, where, SyncOutcome.FAILED, start, messageOf(e));
    } catch (RuntimeException e) {
      LOG.debug("Stack {} is broken", stack.name(), e);
      return refuse(stack, where, SyncOutcome.BROKEN, start, messageOf(e));
    }
  }

  /** The digest of each {@code pinDigest} service's image, as {@code destination} has it (pulled if missing). */
  private static Map<String, String> digests(RenderedStack rendered, DeploymentTarget destination) {
    Map<String, String> digests = new LinkedHashMap<>();
    for (String service : rendered.digestsToLookUp()) {
      ServiceSpec spec = rendered.project().services().get(service);
      String image = spec == null ? null : spec.image();
      if (image == null) {
        throw new PhoenixException("service " + service + " asks for pinDigest ($.services." + service
            + ".pinDigest) but has no image to pin");
      }
      Optional<String> digest = destination.imageDigest(image);
      if (digest.isEmpty()) {
        throw new PhoenixException("service " + service + " asks for pinDigest ($.services." + service
            + ".pinDigest) but its image " + image + " has no registry digest on " + destination.describe()
            + " (it was built there or never pulled from a registry): push it to a registry, or drop pinDigest");
      }
      digests.put(service, digest.get());
    }
    return digests;
  }

  private SyncResult deploy(Prepared prepared, Targets targets) {
    DiscoveredStack stack = prepared.source();
    DeploymentTarget destination = prepared.target();
    String where = destination.describe();
    try {
      if (dryRun) {
        Plan plan = destination.plan(prepared.stack(), prepared.options());
        return row(stack, where, plan.isNoop() ? SyncOutcome.UNCHANGED : SyncOutcome.PLANNED, plan,
            prepared.start(), "", prepared.warnings());
      }
      DeploymentResult result = destination.apply(prepared.stack(), prepared.options(), listener);
      SyncOutcome outcome = result.wasNoop() ? SyncOutcome.UNCHANGED
          : targets.wasDeployed(destination, prepared.stack().name()) ? SyncOutcome.UPDATED : SyncOutcome.CREATED;
      return row(stack, where, outcome, result.plan(), prepared.start(), "", prepared.warnings());
    } catch (RuntimeException e) {
      LOG.debug("Stack {} failed", stack.name(), e);
      return row(stack, where, SyncOutcome.FAILED, null, prepared.start(), messageOf(e), prepared.warnings());
    }
  }

  private SyncResult pruneOne(DeploymentTarget from, String name, Path root) {
    long start = System.nanoTime();
    String where = from.describe();
    if (dryRun) {
      return new SyncResult(name, null, SyncOutcome.PLANNED, null, since(start),
          "would be pruned: no longer in " + root, where, List.of());
    }
    try {
      RemovalResult removed = from.remove(name, RemoveOptions.defaults(), listener);
      return new SyncResult(name, null, SyncOutcome.PRUNED, null, since(start), "no longer in " + root + ": removed "
          + removed.containers().size() + " container(s), " + removed.networks().size() + " network(s)", where,
          List.of());
    } catch (RuntimeException e) {
      LOG.debug("Pruning stack {} failed", name, e);
      return new SyncResult(name, null, SyncOutcome.FAILED, null, since(start), messageOf(e), where, List.of());
    }
  }

  /** The sync's defaults, overridden by what the stack's manifest chooses. */
  private DeployOptions options(StackManifest manifest) {
    TargetOptions chosen = manifest.target();
    HealthPolicy health = manifest.health();
    boolean orphans = chosen != null && chosen.removeOrphans() != null ? chosen.removeOrphans() : removeOrphans;
    PullPolicy pull = chosen != null && chosen.pull() != null ? chosen.pull() : pullPolicy;
    Duration wait = health != null && health.timeout() != null ? health.timeout() : waitTimeout;
    DeployOptions options = DeployOptions.defaults().withRemoveOrphans(orphans).withPullPolicy(pull);
    return wait == null ? options : options.withWait(wait);
  }

  /** What the manifest asks for that the sync does not do yet. */
  private static List<String> warnings(StackManifest manifest) {
    HealthPolicy health = manifest.health();
    if (health != null && health.rollbackOnFailure()) {
      return List.of("health.rollbackOnFailure is not applied yet (rolling back needs the version store): an"
          + " unhealthy deployment is reported, not rolled back");
    }
    return List.of();
  }

  private Predicate<StackSummary> defaultScope(Path root) {
    Path readerRoot = staging == null ? null : staging.mapping().readerRoot();
    return summary -> syncedFrom(summary, root) || (readerRoot != null && syncedFrom(summary, readerRoot));
  }

  /** Whether the stack was deployed from a subdirectory of {@code root}, as its recorded compose files say. */
  static boolean syncedFrom(StackSummary summary, Path root) {
    if (summary.configFiles().isEmpty()) {
      return false;
    }
    for (String file : summary.configFiles()) {
      Path stackDirectory = Path.of(file).toAbsolutePath().normalize().getParent();
      if (stackDirectory == null || !root.equals(stackDirectory.getParent())) {
        return false;
      }
    }
    return true;
  }

  private StackSync copy() {
    StackSync copy = new StackSync(target);
    copy.environment = environment;
    copy.targetEnvironment = targetEnvironment;
    copy.targetOpener = targetOpener;
    copy.staging = staging;
    copy.reader = reader;
    copy.dryRun = dryRun;
    copy.prune = prune;
    copy.pruneScope = pruneScope;
    copy.waitTimeout = waitTimeout;
    copy.removeOrphans = removeOrphans;
    copy.pullPolicy = pullPolicy;
    copy.listener = listener;
    return copy;
  }

  private static Prepared refuse(DiscoveredStack stack, String target, SyncOutcome outcome, long start,
      String message) {
    return Prepared.refused(row(stack, target, outcome, null, start, message, List.of()));
  }

  private static SyncResult row(DiscoveredStack stack, String target, SyncOutcome outcome, Plan plan, long start,
      String message, List<String> warnings) {
    return new SyncResult(stack.name(), stack.directory(), outcome, plan, since(start), message, target, warnings);
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private static String messageOf(RuntimeException e) {
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }

  /**
   * A stack ready to deploy (where to, what, how, and what the sync will not do of what it asks),
   * or, with {@code refused}, the row saying why it is not.
   */
  private record Prepared(DiscoveredStack source, DeploymentTarget target, Stack stack, DeployOptions options,
      List<String> warnings, long start, SyncResult refused) {

    static Prepared refused(SyncResult row) {
      return new Prepared(null, null, null, null, List.of(), 0, row);
    }
  }

  /**
   * The targets of one sync: the sync's own, and those manifests named, opened once per URI and
   * closed at the end; with what each held when first used.
   */
  private final class Targets implements AutoCloseable {
    private final Map<String, DeploymentTarget> opened = new LinkedHashMap<>();
    private final Map<DeploymentTarget, List<StackSummary>> listed = new LinkedHashMap<>();

    Targets() {
      listed.put(target, target.list());
    }

    DeploymentTarget open(String uri) {
      DeploymentTarget open = opened.get(uri);
      if (open == null) {
        open = targetOpener != null ? targetOpener.apply(uri) : SyncTargets.open(uri,
            targetEnvironment != null ? targetEnvironment : environment);
        Objects.requireNonNull(open, "the target opener returned null for " + uri);
        opened.put(uri, open);
      }
      return open;
    }

    /** Lists {@code destination}'s stacks the first time it is used, before any deployment. */
    void remember(DeploymentTarget destination) {
      listed.computeIfAbsent(destination, DeploymentTarget::list);
    }

    boolean wasDeployed(DeploymentTarget destination, String stack) {
      return listed.getOrDefault(destination, List.of()).stream().anyMatch(summary -> summary.stack().equals(stack));
    }

    Map<DeploymentTarget, List<StackSummary>> listed() {
      return listed;
    }

    @Override
    public void close() {
      Set<DeploymentTarget> closed = new HashSet<>();
      for (DeploymentTarget open : opened.values()) {
        if (open != target && closed.add(open)) {
          try {
            open.close();
          } catch (RuntimeException e) {
            LOG.debug("Closing {} failed", open.describe(), e);
          }
        }
      }
    }
  }
}
