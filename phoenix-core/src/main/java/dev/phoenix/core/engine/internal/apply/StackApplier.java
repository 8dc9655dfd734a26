package dev.phoenix.core.engine.internal.apply;

import com.github.dockerjava.api.DockerClient;
import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.DependsOn;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.DeployOptions;
import dev.phoenix.api.deploy.DeploymentEvent.Type;
import dev.phoenix.api.deploy.DeploymentException;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.PullPolicy;
import dev.phoenix.api.deploy.ResourceKind;
import dev.phoenix.api.deploy.Stack;
import dev.phoenix.api.deploy.UnsupportedKey;
import dev.phoenix.core.engine.internal.connect.EngineConnection;
import dev.phoenix.core.engine.internal.container.UnsupportedKeys;
import dev.phoenix.core.engine.internal.health.ContainerWaiter;
import dev.phoenix.core.engine.internal.image.ImageProvider;
import dev.phoenix.core.engine.internal.observe.ObservedContainer;
import dev.phoenix.core.engine.internal.observe.ObservedStack;
import dev.phoenix.core.engine.internal.observe.Observer;
import dev.phoenix.core.engine.internal.plan.ContainerStep;
import dev.phoenix.core.engine.internal.plan.EnginePlan;
import dev.phoenix.core.engine.internal.plan.NetworkStep;
import dev.phoenix.core.engine.internal.plan.Planner;
import dev.phoenix.core.engine.internal.plan.ServicePlan;
import dev.phoenix.core.engine.internal.plan.VolumeStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Plans and applies one stack on one engine: observe, plan, images, networks, volumes, then the
 * services in dependency order (independent ones in parallel, bounded), then the optional wait.
 */
public final class StackApplier {
  // How long a service waits on its dependencies' conditions when the deployment sets no deadline.
  private static final Duration DEFAULT_DEPENDENCY_WAIT = Duration.ofMinutes(5);

  private final EngineConnection engine;
  private final DockerClient docker;
  private final String target;

  public StackApplier(EngineConnection engine, String target) {
    this.engine = engine;
    this.docker = engine.docker();
    this.target = target;
  }

  /** The plan for {@code stack}, read from the engine. Changes nothing. */
  public EnginePlan plan(Stack stack, DeployOptions options) {
    ComposeProject project = stack.project();
    ObservedStack observed = new Observer(docker).observe(project.name());
    return Planner.plan(project, observed, options, unsupported(project), target);
  }

  /** Every key of the project this target cannot apply. */
  private List<UnsupportedKey> unsupported(ComposeProject project) {
    List<UnsupportedKey> keys = new ArrayList<>();
    for (ServiceSpec service : project.services().values()) {
      keys.addAll(UnsupportedKeys.of(service, project, engine.api().toString()));
      keys.addAll(ImageProvider.unsupportedBuildKeys(service));
    }
    return keys;
  }

  /** Applies {@code stack}; returns the plan that was applied. */
  public EnginePlan apply(Stack stack, DeployOptions options, DeploymentListener listener) {
    ComposeProject project = stack.project();
    Progress progress = new Progress(project.name(), listener);
    Observer observer = new Observer(docker);
    ObservedStack observed = observer.observe(project.name());
    List<UnsupportedKey> unsupported = unsupported(project);
    EnginePlan plan = Planner.plan(project, observed, options, unsupported, target);
    ExecutorService workers = Executors.newFixedThreadPool(options.parallelism(), runnable -> {
      Thread thread = new Thread(runnable, "phoenix-deploy-" + project.name());
      thread.setDaemon(true);
      return thread;
    });
    try {
      ImageProvider images = new ImageProvider(docker, project.name(), listener);
      if (ensureImages(plan, observed, options, images, progress, workers)) {
        observed = new ObservedStack(project.name(), observed.containers(), observed.networks(), observed.volumes(),
            observer.images());
        plan = Planner.plan(project, observed, options, unsupported, target);
      }
      for (UnsupportedKey key : plan.plan().unsupported()) {
        progress.event(Type.WARNING, null, null, key.service(), "not applied: " + key);
      }
      for (String warning : plan.plan().warnings()) {
        progress.event(Type.WARNING, null, null, null, warning);
      }
      converge(project, plan, observed, options, progress, workers);
      if (options.waitTimeout() != null) {
        awaitStack(project, plan, Instant.now().plus(options.waitTimeout()), progress);
      }
      return plan;
    } catch (DeploymentException e) {
      progress.event(Type.FAILED, null, null, null, e.getMessage());
      throw e;
    } finally {
      workers.shutdownNow();
    }
  }

  /** Pulls or builds what the plan needs; true when a local image changed. */
  private boolean ensureImages(EnginePlan plan, ObservedStack observed, DeployOptions options, ImageProvider images,
      Progress progress, ExecutorService workers) {
    Map<String, CompletableFuture<Boolean>> pending = new LinkedHashMap<>();
    for (ServicePlan service : plan.services()) {
      if (service.replicas() == 0) {
        continue;
      }
      PullPolicy policy = images.policy(service.service(), options);
      boolean needed = policy == PullPolicy.ALWAYS || policy == PullPolicy.BUILD
          || service.containers().stream().anyMatch(step -> step.action() == Action.CREATE
              || step.action() == Action.RECREATE);
      if (!needed) {
        continue;
      }
      Optional<String> local = observed.imageId(service.image());
      pending.put(service.name(), CompletableFuture.supplyAsync(() -> {
        String id = images.ensure(service.service(), service.image(), policy, local, progress.completed());
        return local.isEmpty() || !local.get().equals(id);
      }, workers));
    }
    return joinAll(pending.values(), progress).stream().anyMatch(Boolean::booleanValue);
  }

  private void converge(ComposeProject project, EnginePlan plan, ObservedStack observed, DeployOptions options,
      Progress progress, ExecutorService workers) {
    // Orphans go first, as Compose removes them before converging.
    Set<String> orphanIds = new HashSet<>();
    plan.plan().changes().stream()
        .filter(change -> change.action() == Action.REMOVE && change.kind() == ResourceKind.CONTAINER)
        .forEach(change -> orphanIds.add(change.name()));
    // Current container IDs per service, for dependency waits and service: references.
    Map<String, List<ObservedContainer>> current = new ConcurrentHashMap<>();
    for (ServicePlan service : plan.services()) {
      current.put(service.name(), observed.containersOf(service.name()));
    }
    ContainerSteps containers = new ContainerSteps(docker, progress, project, engine.api(),
        service -> firstContainerId(current, service));
    for (ObservedContainer orphan : plan.orphans()) {
      if (orphanIds.contains(orphan.name())) {
        containers.stopAndRemove(orphan, false);
      }
    }
    NetworkVolumeSteps resources = new NetworkVolumeSteps(docker, progress);
    for (NetworkStep network : plan.networks()) {
      resources.apply(network, plan.stackVersion());
    }
    for (VolumeStep volume : plan.volumes()) {
      resources.apply(volume, plan.stackVersion());
    }

    Duration dependencyWait = options.waitTimeout() == null ? DEFAULT_DEPENDENCY_WAIT : options.waitTimeout();
    Instant dependencyDeadline = Instant.now().plus(dependencyWait);
    ContainerWaiter waiter = new ContainerWaiter(docker, project.name(), progress.listener());
    AtomicBoolean failed = new AtomicBoolean();
    Map<String, CompletableFuture<Void>> done = new LinkedHashMap<>();
    for (ServicePlan service : plan.services()) {
      List<CompletableFuture<Void>> dependencies = new ArrayList<>();
      for (String dependency : service.service().dependsOn().keySet()) {
        CompletableFuture<Void> future = done.get(dependency);
        if (future != null) {
          dependencies.add(future);
        }
      }
      CompletableFuture<Void> future = CompletableFuture.allOf(dependencies.toArray(CompletableFuture[]::new))
          .thenRunAsync(() -> {
            if (failed.get()) {
              return;
            }
            try {
              convergeService(project, plan, service, containers, waiter, current, observed, dependencyDeadline,
                  progress);
            } catch (RuntimeException e) {
              failed.set(true);
              throw e;
            }
          }, workers);
      done.put(service.name(), future);
    }
    joinAll(done.values(), progress);
  }

  private void convergeService(ComposeProject project, EnginePlan plan, ServicePlan service, ContainerSteps containers,
      ContainerWaiter waiter, Map<String, List<ObservedContainer>> current, ObservedStack observed,
      Instant dependencyDeadline, Progress progress) {
    boolean starts = service.containers().stream()
        .anyMatch(step -> step.action() != Action.KEEP && step.action() != Action.REMOVE);
    if (starts) {
      awaitDependencies(project, service.service(), waiter, current, dependencyDeadline, progress);
    }
    String imageId = observed.imageId(service.image()).orElse(null);
    List<ObservedContainer> now = new ArrayList<>(current.get(service.name()));
    for (ContainerStep step : service.containers()) {
      if (step.action() == Action.REMOVE) {
        containers.stopAndRemove(step.existing(), false);
        now.remove(step.existing());
      }
    }
    for (ContainerStep step : service.containers()) {
      switch (step.action()) {
        case CREATE -> {
          String id = containers.create(service, step, step.name(), imageId, plan.stackVersion(), null);
          containers.start(id, step.name(), service.name());
          now.add(placeholder(id, step, service.name()));
        }
        case RECREATE -> {
          String id = containers.recreate(service, step, imageId, plan.stackVersion());
          now.remove(step.existing());
          now.add(placeholder(id, step, service.name()));
        }
        case START -> containers.start(step.existing().id(), step.name(), service.name());
        case KEEP -> progress.event(Type.KEPT, ResourceKind.CONTAINER, step.name(), service.name(), null);
        case REMOVE -> { }
        default -> throw new IllegalStateException("unknown action " + step.action());
      }
    }
    now.sort((a, b) -> Integer.compare(a.number(), b.number()));
    current.put(service.name(), List.copyOf(now));
  }

  /** Enough of a just-created container for waits and {@code service:} references. */
  private static ObservedContainer placeholder(String id, ContainerStep step, String service) {
    return new ObservedContainer(id, step.name(), service, step.number(), false, null, null, "running", "", 0, Map.of());
  }

  private void awaitDependencies(ComposeProject project, ServiceSpec service, ContainerWaiter waiter,
      Map<String, List<ObservedContainer>> current, Instant deadline, Progress progress) {
    for (Map.Entry<String, DependsOn> entry : service.dependsOn().entrySet()) {
      List<ObservedContainer> dependency = current.get(entry.getKey());
      if (dependency == null || dependency.isEmpty()) {
        continue;
      }
      DependsOn.Condition condition = entry.getValue().condition();
      try {
        for (ObservedContainer container : dependency) {
          if (condition == DependsOn.Condition.SERVICE_HEALTHY) {
            waiter.awaitHealthy(container.id(), container.name(), entry.getKey(), deadline, progress.completed());
          } else if (condition == DependsOn.Condition.SERVICE_COMPLETED_SUCCESSFULLY) {
            waiter.awaitCompleted(container.id(), container.name(), entry.getKey(), deadline, progress.completed());
          }
        }
      } catch (DeploymentException e) {
        if (entry.getValue().required()) {
          throw e;
        }
        progress.event(Type.WARNING, null, null, service.name(), "optional dependency " + entry.getKey()
            + " did not reach " + condition.value() + ": " + e.getMessage());
      }
    }
  }

  /** {@code --wait}: every service healthy or running, or completed where a dependent waits for that. */
  private void awaitStack(ComposeProject project, EnginePlan plan, Instant deadline, Progress progress) {
    Set<String> oneShots = new HashSet<>();
    for (ServiceSpec service : project.services().values()) {
      service.dependsOn().forEach((name, dependsOn) -> {
        if (dependsOn.condition() == DependsOn.Condition.SERVICE_COMPLETED_SUCCESSFULLY) {
          oneShots.add(name);
        }
      });
    }
    ContainerWaiter waiter = new ContainerWaiter(docker, project.name(), progress.listener());
    Map<String, List<ObservedContainer>> byService = new LinkedHashMap<>();
    for (ObservedContainer container : new Observer(docker).containers(project.name())) {
      if (!container.oneoff()) {
        byService.computeIfAbsent(container.service(), key -> new ArrayList<>()).add(container);
      }
    }
    for (ServicePlan service : plan.services()) {
      for (ObservedContainer container : byService.getOrDefault(service.name(), List.of())) {
        if (oneShots.contains(service.name()) || completedJob(service.service(), container)) {
          waiter.awaitCompleted(container.id(), container.name(), service.name(), deadline, progress.completed());
        } else {
          waiter.awaitRunningOrHealthy(container.id(), container.name(), service.name(), deadline,
              progress.completed());
        }
      }
    }
  }

  /** A container of a service that does not restart, which has exited: a one-shot job, judged by its exit code. */
  private static boolean completedJob(ServiceSpec service, ObservedContainer container) {
    String restart = service.restart();
    boolean restarts = restart != null && !"no".equals(restart);
    return !restarts && ("exited".equals(container.state()) || "dead".equals(container.state()));
  }

  private static String firstContainerId(Map<String, List<ObservedContainer>> current, String service) {
    List<ObservedContainer> containers = current.get(service);
    return containers == null || containers.isEmpty() ? null : containers.get(0).id();
  }

  /** Waits for every task, so nothing still runs when a failure is reported; then throws the first failure. */
  private static <T> List<T> joinAll(Iterable<CompletableFuture<T>> futures, Progress progress) {
    List<T> results = new ArrayList<>();
    RuntimeException first = null;
    for (CompletableFuture<T> future : futures) {
      try {
        results.add(future.join());
      } catch (CompletionException e) {
        if (first == null) {
          first = unwrap(e, progress);
        }
      }
    }
    if (first != null) {
      throw first;
    }
    return results;
  }

  private static RuntimeException unwrap(CompletionException e, Progress progress) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    if (cause instanceof PhoenixException phoenix) {
      return phoenix;
    }
    return new DeploymentException(progress.stack(), null, EngineConnection.rootMessage(cause), progress.completed(),
        cause);
  }
}
