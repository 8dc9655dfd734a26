package dev.phoenix.core.stack;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.deploy.DeployOptions;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.DeploymentResult;
import dev.phoenix.api.deploy.DeploymentTarget;
import dev.phoenix.api.deploy.Plan;
import dev.phoenix.api.deploy.PullPolicy;
import dev.phoenix.api.deploy.RemovalResult;
import dev.phoenix.api.deploy.RemoveOptions;
import dev.phoenix.api.deploy.Stack;
import dev.phoenix.api.deploy.StackSummary;
import dev.phoenix.api.stack.HealthPolicy;
import dev.phoenix.api.stack.StackManifest;
import dev.phoenix.api.stack.TargetOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a target to a directory of stacks ({@link StacksDirectory}): every stack is rendered and
 * deployed, in name order; an unchanged stack is left untouched. A broken stack, or one whose
 * deployment fails, is reported and does not stop the others. Immutable and thread-safe: each
 * method returns a new sync, and only {@link #sync(Path)} does I/O.
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
 * <p>A stack's manifest chooses for itself, over the sync's defaults: {@code health.timeout}
 * (how long to wait for health), {@code target.removeOrphans} and {@code target.pull}.
 *
 * <p>Pruning removes a stack from the target only when all of these hold: it is not in the
 * directory, Phoenix deployed it ({@link StackSummary#deployedByPhoenix()}: a stack that
 * {@code docker compose} made is never touched), and it is in the {@linkplain #pruneScope prune
 * scope}, by default the stacks whose recorded compose files lie in a subdirectory of the synced
 * directory, so that syncing one directory never removes the stacks of another. Volumes are kept.
 */
public final class StackSync {
  private static final Logger LOG = LoggerFactory.getLogger(StackSync.class);

  private final DeploymentTarget target;
  private final Function<DiscoveredStack, Stack> renderer;
  private final boolean dryRun;
  private final boolean prune;
  private final Predicate<StackSummary> pruneScope;
  private final Duration waitTimeout;
  private final boolean removeOrphans;
  private final PullPolicy pullPolicy;
  private final DeploymentListener listener;

  private StackSync(DeploymentTarget target, Function<DiscoveredStack, Stack> renderer, boolean dryRun,
      boolean prune, Predicate<StackSummary> pruneScope, Duration waitTimeout, boolean removeOrphans,
      PullPolicy pullPolicy, DeploymentListener listener) {
    this.target = target;
    this.renderer = renderer;
    this.dryRun = dryRun;
    this.prune = prune;
    this.pruneScope = pruneScope;
    this.waitTimeout = waitTimeout;
    this.removeOrphans = removeOrphans;
    this.pullPolicy = pullPolicy;
    this.listener = listener;
  }

  /**
   * A sync to {@code target}: not a dry run, no pruning, no waiting, orphans kept, each stack
   * rendered with its manifest applied ({@link ManifestRenderer#render(DiscoveredStack)}). The
   * target is not closed by the sync: it stays the caller's.
   */
  public static StackSync to(DeploymentTarget target) {
    return new StackSync(Objects.requireNonNull(target, "target"),
        stack -> Stack.of(ManifestRenderer.render(stack).project()), false, false,
        null, null, false, null, DeploymentListener.NONE);
  }

  /**
   * This sync with another way to turn a discovered stack into what is deployed (a renderer that
   * applies the stack's manifest, say). An exception it throws marks that stack broken.
   */
  public StackSync renderer(Function<DiscoveredStack, Stack> replacement) {
    return new StackSync(target, Objects.requireNonNull(replacement, "renderer"), dryRun, prune, pruneScope,
        waitTimeout, removeOrphans, pullPolicy, listener);
  }

  /** This sync planning only ({@code true}): every stack's plan is computed, nothing is changed. */
  public StackSync dryRun(boolean plansOnly) {
    return new StackSync(target, renderer, plansOnly, prune, pruneScope, waitTimeout, removeOrphans, pullPolicy,
        listener);
  }

  /** This sync removing ({@code true}) the stacks Phoenix deployed that are no longer in the directory. */
  public StackSync prune(boolean removeGone) {
    return new StackSync(target, renderer, dryRun, removeGone, pruneScope, waitTimeout, removeOrphans, pullPolicy,
        listener);
  }

  /**
   * This sync with another prune scope: which stacks Phoenix deployed may be pruned when they are
   * not in the directory ({@code summary -> true} for every one on the target).
   */
  public StackSync pruneScope(Predicate<StackSummary> scope) {
    return new StackSync(target, renderer, dryRun, prune, Objects.requireNonNull(scope, "scope"), waitTimeout,
        removeOrphans, pullPolicy, listener);
  }

  /**
   * This sync waiting up to {@code timeout} (null: not waiting) for each stack to be healthy,
   * unless its manifest says otherwise.
   */
  public StackSync waitTimeout(Duration timeout) {
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("the wait timeout must be positive: " + timeout);
    }
    return new StackSync(target, renderer, dryRun, prune, pruneScope, timeout, removeOrphans, pullPolicy, listener);
  }

  /** This sync removing orphan containers, unless a stack's manifest says otherwise. */
  public StackSync removeOrphans(boolean remove) {
    return new StackSync(target, renderer, dryRun, prune, pruneScope, waitTimeout, remove, pullPolicy, listener);
  }

  /** This sync overriding the pull policy of every service, unless a stack's manifest says otherwise. */
  public StackSync pullPolicy(PullPolicy policy) {
    return new StackSync(target, renderer, dryRun, prune, pruneScope, waitTimeout, removeOrphans, policy, listener);
  }

  /** This sync reporting every deployment's progress to {@code progress}. */
  public StackSync listener(DeploymentListener progress) {
    return new StackSync(target, renderer, dryRun, prune, pruneScope, waitTimeout, removeOrphans, pullPolicy,
        Objects.requireNonNull(progress, "listener"));
  }

  /**
   * Syncs {@code directory}: discovers its stacks, deploys (or plans) each, then prunes if asked.
   *
   * @throws PhoenixException when the directory cannot be listed
   * @throws dev.phoenix.api.deploy.EngineUnreachableException when the target does not answer
   *     before any stack is tried
   */
  public SyncReport sync(Path directory) {
    long start = System.nanoTime();
    Path root = directory.toAbsolutePath().normalize();
    List<DiscoveredStack> stacks = new ArrayList<>(StacksDirectory.discover(root));
    stacks.sort(Comparator.comparing(DiscoveredStack::name).thenComparing(DiscoveredStack::directory));
    List<StackSummary> onTarget = target.list();
    Set<String> deployed = onTarget.stream().map(StackSummary::stack).collect(Collectors.toSet());
    List<SyncResult> rows = new ArrayList<>();
    for (DiscoveredStack stack : stacks) {
      SyncResult row = syncOne(stack, deployed);
      LOG.info("Stack {}: {}", row.name(), row.outcome().label());
      rows.add(row);
    }
    if (prune) {
      Set<String> inDirectory = stacks.stream().map(DiscoveredStack::name).collect(Collectors.toSet());
      Predicate<StackSummary> scope = pruneScope != null ? pruneScope : summary -> syncedFrom(summary, root);
      for (StackSummary summary : onTarget) {
        if (summary.deployedByPhoenix() && !inDirectory.contains(summary.stack()) && scope.test(summary)) {
          rows.add(pruneOne(summary.stack(), root));
        }
      }
    }
    return new SyncReport(root, target.describe(), dryRun, rows, Duration.ofNanos(System.nanoTime() - start));
  }

  private SyncResult syncOne(DiscoveredStack stack, Set<String> deployed) {
    long start = System.nanoTime();
    if (stack.isBroken()) {
      return row(stack, SyncOutcome.BROKEN, null, start, String.join("; ", stack.problems()));
    }
    Stack rendered;
    DeployOptions options;
    try {
      rendered = renderer.apply(stack);
      options = options(stack.manifest());
    } catch (RuntimeException e) {
      return row(stack, SyncOutcome.BROKEN, null, start, messageOf(e));
    }
    try {
      if (dryRun) {
        Plan plan = target.plan(rendered, options);
        return row(stack, plan.isNoop() ? SyncOutcome.UNCHANGED : SyncOutcome.PLANNED, plan, start, "");
      }
      DeploymentResult result = target.apply(rendered, options, listener);
      SyncOutcome outcome = result.wasNoop() ? SyncOutcome.UNCHANGED
          : deployed.contains(rendered.name()) ? SyncOutcome.UPDATED : SyncOutcome.CREATED;
      return row(stack, outcome, result.plan(), start, "");
    } catch (RuntimeException e) {
      LOG.debug("Stack {} failed", stack.name(), e);
      return row(stack, SyncOutcome.FAILED, null, start, messageOf(e));
    }
  }

  private SyncResult pruneOne(String name, Path root) {
    long start = System.nanoTime();
    if (dryRun) {
      return new SyncResult(name, null, SyncOutcome.PLANNED, null, since(start),
          "would be pruned: no longer in " + root);
    }
    try {
      RemovalResult removed = target.remove(name, RemoveOptions.defaults(), listener);
      return new SyncResult(name, null, SyncOutcome.PRUNED, null, since(start), "no longer in " + root + ": removed "
          + removed.containers().size() + " container(s), " + removed.networks().size() + " network(s)");
    } catch (RuntimeException e) {
      LOG.debug("Pruning stack {} failed", name, e);
      return new SyncResult(name, null, SyncOutcome.FAILED, null, since(start), messageOf(e));
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

  private static SyncResult row(DiscoveredStack stack, SyncOutcome outcome, Plan plan, long start, String message) {
    return new SyncResult(stack.name(), stack.directory(), outcome, plan, since(start), message);
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private static String messageOf(RuntimeException e) {
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }
}
