package dev.phoenix.portainer;

import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.ContainerStatus;
import dev.phoenix.api.deploy.DeployOptions;
import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.api.deploy.DeploymentEvent.Type;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.DeploymentResult;
import dev.phoenix.api.deploy.DeploymentTarget;
import dev.phoenix.api.deploy.FieldChange;
import dev.phoenix.api.deploy.Plan;
import dev.phoenix.api.deploy.PlannedChange;
import dev.phoenix.api.deploy.PullPolicy;
import dev.phoenix.api.deploy.RemovalResult;
import dev.phoenix.api.deploy.RemoveOptions;
import dev.phoenix.api.deploy.ResourceKind;
import dev.phoenix.api.deploy.Stack;
import dev.phoenix.api.deploy.StackStatus;
import dev.phoenix.api.deploy.StackSummary;
import dev.phoenix.core.compose.serialize.ComposeSerializer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link DeploymentTarget} that deploys through a Portainer server, as a Portainer stack on one
 * environment: a compose stack, or a swarm stack when the environment is a Swarm manager. Open it
 * with {@code DeploymentTarget.open("portainer", "https://HOST:9443?endpoint=N", env)} (see
 * {@link PortainerTargetProvider}) or from a client with {@link #of}.
 *
 * <p>What differs from a Docker engine target, because Portainer deploys a whole file at once:
 *
 * <ul>
 *   <li>A plan has one {@link ResourceKind#STACK} step: create, update ({@link Action#RECREATE}),
 *       start or keep, decided by comparing the rendered Compose file and the stack's variables with
 *       what Portainer holds. A stack that is equal but stopped in Portainer is started; one that
 *       Portainer calls active but has no container (a failed update leaves it so) is updated,
 *       which deploys it again. Per-container steps are not planned; the plan's warnings say so.
 *   <li>The stack is sent as a fully interpolated file ({@code $} written {@code $$}). Its
 *       Portainer variables are only two markers, which interpolate nothing: {@value #MANAGED}
 *       ({@code phoenix}) and {@value #COMPOSE_FILES} (the compose files it was loaded from, comma
 *       separated). Other variables set on the Portainer stack are removed on update.
 *   <li>{@link #list()} shows the stacks Portainer manages on the environment, never ones deployed
 *       outside it. A stack is {@code deployedByPhoenix} when it carries the {@value #MANAGED}
 *       marker, and its config files are then the ones {@value #COMPOSE_FILES} names, so that a
 *       sync's prune finds the stacks it deployed from its directory and no others.
 *   <li>{@link #remove} deletes the Portainer stack; Portainer runs {@code compose down} without
 *       {@code -v}, so volumes are always kept.
 *   <li>{@link #imageDigest} asks the environment's engine through Portainer's Docker proxy,
 *       pulling with the registry credentials Portainer keeps.
 * </ul>
 *
 * <p>Requests: the target remembers the ID of each stack name it has seen, so planning or applying
 * a stack it has listed reads that stack and its file (two requests), not the whole list; a name it
 * has not seen, or a stack gone since, is looked up in a fresh list. {@link #list()} makes two
 * requests whatever the number of stacks.
 */
public final class PortainerTarget implements DeploymentTarget {
  /** The Portainer variable that marks a stack Phoenix deployed; its value is {@code phoenix}. */
  public static final String MANAGED = "PHOENIX_MANAGED_BY";
  /** The Portainer variable holding the compose files a stack was loaded from, comma separated. */
  public static final String COMPOSE_FILES = "PHOENIX_COMPOSE_FILES";
  /** The replica number: {@code shop-app-2} (compose) or {@code shop_app.2.TASK} (swarm). */
  private static final Pattern NUMBER = Pattern.compile("[-_](\\d+)$|^[^.]+\\.(\\d+)\\.");
  private static final Pattern EXIT = Pattern.compile("^Exited \\((-?\\d+)\\)");

  private final PortainerClient client;
  private final boolean ownsClient;
  private final int endpointId;
  private final Object targetLock = new Object();
  private volatile StackTarget target;
  private volatile Duration pollInterval = Duration.ofSeconds(1);
  private final Map<String, Integer> knownIds = new ConcurrentHashMap<>();

  private PortainerTarget(PortainerClient client, boolean ownsClient, int endpointId) {
    if (endpointId <= 0) {
      throw new IllegalArgumentException("an environment ID is positive: " + endpointId);
    }
    this.client = client;
    this.ownsClient = ownsClient;
    this.endpointId = endpointId;
  }

  /** The target for environment {@code endpointId} of {@code client}'s server; closing it leaves the client open. */
  public static PortainerTarget of(PortainerClient client, int endpointId) {
    return new PortainerTarget(client, false, endpointId);
  }

  static PortainerTarget owning(PortainerClient client, int endpointId) {
    return new PortainerTarget(client, true, endpointId);
  }

  /** This target, polling the containers every {@code interval} while it waits (default 1 s). */
  PortainerTarget pollEvery(Duration interval) {
    this.pollInterval = interval;
    return this;
  }

  @Override
  public String describe() {
    String base = client.url().toString();
    return "portainer " + (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + " environment "
        + endpointId;
  }

  /** Where stacks go: the environment, with its Swarm's ID when its last snapshot says Swarm (asked once). */
  StackTarget stackTarget() {
    StackTarget known = target;
    if (known != null) {
      return known;
    }
    synchronized (targetLock) {
      if (target == null) {
        Environment environment = client.environments().get(endpointId);
        target = Boolean.TRUE.equals(environment.swarm())
            ? StackTarget.swarm(endpointId, client.environments().swarmId(endpointId))
            : StackTarget.compose(endpointId);
      }
      return target;
    }
  }

  @Override
  public Plan plan(Stack stack, DeployOptions options) {
    return planFor(stack, options, render(stack)).plan();
  }

  /**
   * A plan, with the stack it was made against (null when absent) and, when it was read to plan,
   * the stack's containers (else null).
   */
  private record Planned(Plan plan, PortainerStack existing, List<StackContainer> containers) {
  }

  private Planned planFor(Stack stack, DeployOptions options, String compose) {
    String name = PortainerStacks.normalizeName(stack.name());
    List<String> warnings = new ArrayList<>();
    warnings.add("Portainer deploys the stack as a whole; the containers of " + String.join(", ",
        stack.project().services().keySet()) + " are not planned one by one");
    if (options.forceRecreate()) {
      warnings.add("Portainer cannot force containers to be recreated; unchanged containers are kept");
    }
    Optional<PortainerStack> found = find(name);
    PlannedChange change;
    List<StackContainer> containers = null;
    if (found.isEmpty()) {
      change = new PlannedChange(ResourceKind.STACK, name, null, Action.CREATE, "absent", List.of());
    } else {
      PortainerStack existing = found.get();
      if (existing.isGitBased()) {
        warnings.add("Portainer stack " + name + " is deployed from git; applying would be refused");
      }
      List<FieldChange> fields = new ArrayList<>();
      if (!client.stacks().file(existing.id()).equals(compose)) {
        fields.add(new FieldChange("compose file", null, null, false));
      }
      if (!existing.env().equals(markers(stack))) {
        fields.add(FieldChange.redacted("env"));
      }
      if (!fields.isEmpty()) {
        change = new PlannedChange(ResourceKind.STACK, name, null, Action.RECREATE, "configuration changed", fields);
      } else if (!existing.isActive()) {
        change = new PlannedChange(ResourceKind.STACK, name, null, Action.START, "stopped in Portainer", List.of());
      } else {
        containers = client.stacks().containers(existing);
        // A compose update that failed is followed by 'down', and Portainer still says active.
        change = containers.isEmpty() && !stack.project().services().isEmpty()
            ? new PlannedChange(ResourceKind.STACK, name, null, Action.RECREATE,
                "Portainer says active but no container exists (a failed update leaves a stack down)", List.of())
            : new PlannedChange(ResourceKind.STACK, name, null, Action.KEEP, null, List.of());
      }
    }
    Plan plan = new Plan(name, describe(), List.of(change), List.of(), List.of(), warnings);
    return new Planned(plan, found.orElse(null), containers);
  }

  /**
   * The stack named {@code name} here: read by the ID last seen for the name, else (never seen, or
   * gone or renamed since) looked up in a fresh list.
   */
  private Optional<PortainerStack> find(String name) {
    StackTarget where = stackTarget();
    Integer id = knownIds.get(name);
    if (id != null) {
      try {
        PortainerStack stack = client.stacks().get(id);
        if (stack.name().equalsIgnoreCase(name) && stack.target().equals(where)) {
          return Optional.of(stack);
        }
      } catch (PortainerApiException e) {
        if (e.status() != 404) {
          throw e;
        }
      }
      knownIds.remove(name, id);
    }
    Optional<PortainerStack> found = Optional.empty();
    for (PortainerStack stack : client.stacks().list(where)) {
      remember(stack);
      if (stack.name().equalsIgnoreCase(name)) {
        found = Optional.of(stack);
      }
    }
    return found;
  }

  /** Keeps {@code stack}'s ID for its name, so that the next look-up reads the stack alone. */
  private void remember(PortainerStack stack) {
    knownIds.put(stack.name().toLowerCase(Locale.ROOT), stack.id());
  }

  @Override
  public DeploymentResult apply(Stack stack, DeployOptions options, DeploymentListener listener) {
    Instant start = Instant.now();
    String compose = render(stack);
    Planned planned = planFor(stack, options, compose);
    Plan plan = planned.plan();
    String name = plan.stack();
    Events events = new Events(name, listener);
    plan.warnings().forEach(warning -> events.emit(Type.WARNING, null, null, warning));
    PlannedChange step = plan.changes().get(0);
    switch (step.action()) {
      case KEEP -> events.emit(Type.KEPT, ResourceKind.STACK, name, "unchanged on Portainer");
      case START -> {
        events.emit(Type.STARTING, ResourceKind.STACK, name, "stopped in Portainer");
        try {
          client.stacks().start(endpointId, planned.existing().id());
        } catch (RuntimeException e) {
          events.emit(Type.FAILED, ResourceKind.STACK, name, e.getMessage());
          throw e;
        }
        events.emit(Type.STARTED, ResourceKind.STACK, name, "started");
      }
      default -> {
        boolean create = step.action() == Action.CREATE;
        events.emit(Type.CREATING, ResourceKind.STACK, name, create ? "creating" : "updating");
        try {
          PortainerStack deployed = create ? client.stacks().create(stackTarget(), name, compose, markers(stack))
              : update(planned.existing(), compose, markers(stack), options);
          remember(deployed);
        } catch (RuntimeException e) {
          events.emit(Type.FAILED, ResourceKind.STACK, name, e.getMessage());
          throw e;
        }
        events.emit(Type.CREATED, ResourceKind.STACK, name, create ? "created" : "updated");
      }
    }
    if (options.waitTimeout() != null) {
      new StackWait(client, stackTarget(), name, stack.project().services().keySet(), pollInterval, events,
          List.of(step.action().label() + " stack " + name)).await(options.waitTimeout());
    }
    events.emit(Type.DONE, null, null, null);
    StackStatus status = step.action() == Action.KEEP && planned.containers() != null && options.waitTimeout() == null
        ? statusOf(name, planned.containers()) : status(name);
    return new DeploymentResult(plan, status, Duration.between(start, Instant.now()));
  }

  /** Replaces a file-based stack's file and variables; a git stack is refused, as a PUT would detach it from git. */
  private PortainerStack update(PortainerStack existing, String compose, StackEnv env, DeployOptions options) {
    PortainerStacks.requireFileBased(existing);
    UpdateOptions update = options.pullPolicy() == PullPolicy.ALWAYS ? UpdateOptions.DEFAULT.withPullImage()
        : UpdateOptions.DEFAULT;
    return client.stacks().update(endpointId, existing.id(), compose, env, update);
  }

  @Override
  public StackStatus status(String stack) {
    String name = PortainerStacks.normalizeName(stack);
    StackTarget where = stackTarget();
    return statusOf(name, client.stacks().containers(endpointId, name, where.stackType()));
  }

  private static StackStatus statusOf(String name, List<StackContainer> containers) {
    return new StackStatus(name, containers.stream().map(PortainerTarget::containerStatus).toList(), List.of(),
        List.of());
  }

  @Override
  public RemovalResult remove(String stack, RemoveOptions options, DeploymentListener listener) {
    String name = PortainerStacks.normalizeName(stack);
    Events events = new Events(name, listener);
    Optional<PortainerStack> found = find(name);
    if (found.isEmpty()) {
      events.emit(Type.DONE, null, null, "no Portainer stack " + name + " on environment " + endpointId);
      return new RemovalResult(name, List.of(), List.of(), List.of(), List.of());
    }
    List<String> containers = client.stacks().containers(found.get()).stream().map(StackContainer::name).toList();
    events.emit(Type.REMOVING, ResourceKind.STACK, name, null);
    client.stacks().delete(endpointId, found.get().id());
    knownIds.remove(name);
    events.emit(Type.REMOVED, ResourceKind.STACK, name, null);
    String kept = options.removeVolumes()
        ? "volumes kept although their removal was asked: Portainer removes a stack without removing its volumes"
        : "volumes kept: Portainer removes a stack without removing its volumes";
    events.emit(Type.DONE, null, null, null);
    return new RemovalResult(name, containers, List.of(), List.of(), List.of(kept));
  }

  @Override
  public List<StackSummary> list() {
    StackTarget where = stackTarget();
    List<PortainerStack> stacks = client.stacks().list(where);
    Map<String, List<StackContainer>> containers = client.stacks().containersByStack(endpointId, where.stackType());
    List<StackSummary> summaries = new ArrayList<>();
    for (PortainerStack stack : stacks) {
      remember(stack);
      Map<String, Integer> states = new TreeMap<>();
      containers.getOrDefault(stack.name(), List.of()).forEach(c -> states.merge(c.state(), 1, Integer::sum));
      boolean ours = "phoenix".equals(stack.env().get(MANAGED));
      String recorded = stack.env().get(COMPOSE_FILES);
      List<String> files = new ArrayList<>();
      if (ours && recorded != null && !recorded.isEmpty()) {
        files.addAll(List.of(recorded.split(",")));
      } else {
        if (!stack.entryPoint().isEmpty()) {
          files.add(stack.entryPoint());
        }
        files.addAll(stack.additionalFiles());
      }
      summaries.add(new StackSummary(stack.name(), states, files, ours));
    }
    return summaries;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Through Portainer: the environment's engine is asked through the Docker proxy, and a missing
   * image is pulled with the registry credentials Portainer keeps for its registry.
   */
  @Override
  public Optional<String> imageDigest(String image) {
    return client.environments().imageDigest(endpointId, image);
  }

  /** Closes the client when this target made it. */
  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }

  /** The Portainer variables of a stack Phoenix deploys: its markers. */
  static StackEnv markers(Stack stack) {
    StackEnv env = StackEnv.empty().with(MANAGED, "phoenix");
    List<String> files = stack.project().composeFiles().stream().map(path -> path.toAbsolutePath().toString())
        .toList();
    return files.isEmpty() ? env : env.with(COMPOSE_FILES, String.join(",", files));
  }

  private static String render(Stack stack) {
    return ComposeSerializer.toYaml(stack.project(), true);
  }

  static ContainerStatus containerStatus(StackContainer container) {
    Matcher number = NUMBER.matcher(container.name());
    Matcher exit = EXIT.matcher(container.status());
    int replica = !number.find() ? 0 : Integer.parseInt(number.group(1) != null ? number.group(1) : number.group(2));
    return new ContainerStatus(container.name(), container.id(), container.service(), replica, null,
        container.state(), container.health(), exit.find() ? Integer.valueOf(exit.group(1)) : null,
        container.status(), List.of());
  }


  /** Sends events of one stack to a listener. */
  record Events(String stack, DeploymentListener listener) {
    void emit(Type type, ResourceKind kind, String name, String message) {
      listener.onEvent(new DeploymentEvent(type, stack, kind, name, null, message, Instant.now()));
    }

    void emitService(Type type, String container, String service, String message) {
      listener.onEvent(new DeploymentEvent(type, stack, ResourceKind.CONTAINER, container, service, message,
          Instant.now()));
    }
  }
}
