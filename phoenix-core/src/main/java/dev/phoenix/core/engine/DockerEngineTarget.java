package dev.phoenix.core.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.api.deploy.DeployOptions;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.DeploymentResult;
import dev.phoenix.api.deploy.DeploymentTarget;
import dev.phoenix.api.deploy.EngineUnreachableException;
import dev.phoenix.api.deploy.Plan;
import dev.phoenix.api.deploy.RemovalResult;
import dev.phoenix.api.deploy.RemoveOptions;
import dev.phoenix.api.deploy.Stack;
import dev.phoenix.api.deploy.StackStatus;
import dev.phoenix.api.deploy.StackSummary;
import dev.phoenix.api.endpoint.DockerEndpoint;
import dev.phoenix.core.engine.internal.apply.StackApplier;
import dev.phoenix.core.engine.internal.connect.EngineConnection;
import dev.phoenix.core.engine.internal.image.ImageDigests;
import dev.phoenix.core.engine.internal.plan.EnginePlan;
import dev.phoenix.core.engine.internal.status.StackReader;
import dev.phoenix.core.engine.internal.status.StackRemover;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A plain Docker engine as a {@link DeploymentTarget}: Compose stacks converged natively through
 * the Engine API, named and labelled as Docker Compose v2 does, so the docker CLI and Portainer see
 * them as ordinary Compose projects.
 *
 * <pre>{@code
 * try (DeploymentTarget engine = DockerEngineTarget.connect(null, System.getenv())) {
 *     Plan plan = engine.plan(stack, DeployOptions.defaults());
 * }
 * }</pre>
 */
public final class DockerEngineTarget implements DeploymentTarget {
  private final EngineConnection engine;
  private final String description;
  private final StackApplier applier;

  private DockerEngineTarget(EngineConnection engine) {
    this.engine = engine;
    this.description = "docker engine " + engine.host() + " (API " + engine.api() + ")";
    this.applier = new StackApplier(engine, description);
  }

  /**
   * Connects to the engine at {@code host}, or the one {@code environment} names ({@code DOCKER_HOST},
   * {@code DOCKER_CONTEXT}, the docker CLI's current context, else the default socket), agreeing on
   * an API version with it.
   *
   * @throws EngineUnreachableException when it does not answer
   */
  public static DockerEngineTarget connect(String host, Map<String, String> environment) {
    return new DockerEngineTarget(EngineConnection.open(host, Objects.requireNonNull(environment, "environment")));
  }

  /**
   * Connects to the engine at {@code host}, or the one {@code context} names, or else the one
   * {@code environment} names, resolved as the docker CLI resolves it.
   */
  public static DockerEngineTarget connect(String host, String context, Map<String, String> environment) {
    return new DockerEngineTarget(EngineConnection.open(host, context,
        Objects.requireNonNull(environment, "environment")));
  }

  /**
   * Connects to a resolved endpoint: its TLS material is checked completely before anything is
   * sent, and a TLS problem is a {@code TlsConfigurationException} that names the cause.
   */
  public static DockerEngineTarget connect(DockerEndpoint endpoint) {
    return new DockerEngineTarget(EngineConnection.open(Objects.requireNonNull(endpoint, "endpoint")));
  }

  /** A target over a client the caller made; closing the target leaves the client open. */
  public static DockerEngineTarget of(DockerClient docker) {
    return new DockerEngineTarget(EngineConnection.of(Objects.requireNonNull(docker, "docker"), "a docker-java client"));
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public Plan plan(Stack stack, DeployOptions options) {
    return call(() -> applier.plan(stack, options).plan());
  }

  @Override
  public DeploymentResult apply(Stack stack, DeployOptions options, DeploymentListener listener) {
    long start = System.nanoTime();
    EnginePlan applied = call(() -> applier.apply(stack, options, listener));
    StackStatus status = status(stack.name());
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    listener.onEvent(new DeploymentEvent(DeploymentEvent.Type.DONE,
        stack.name(), null, null, null, summary(applied.plan()), Instant.now()));
    return new DeploymentResult(applied.plan(), status, elapsed);
  }

  private static String summary(Plan plan) {
    if (plan.isNoop()) {
      return "up to date: nothing to do";
    }
    return plan.count(Action.CREATE) + " created, "
        + plan.count(Action.RECREATE) + " recreated, "
        + plan.count(Action.START) + " started, "
        + plan.count(Action.REMOVE) + " removed, "
        + plan.count(Action.KEEP) + " kept";
  }

  @Override
  public StackStatus status(String stack) {
    return call(() -> new StackReader(engine.docker()).status(stack));
  }

  @Override
  public RemovalResult remove(String stack, RemoveOptions options, DeploymentListener listener) {
    return call(() -> new StackRemover(engine.docker()).remove(stack, options, listener));
  }

  @Override
  public List<StackSummary> list() {
    return call(() -> new StackReader(engine.docker()).list());
  }

  /**
   * {@inheritDoc}
   *
   * <p>On a Docker engine: the image's {@code RepoDigests} entry from the reference's repository,
   * the image pulled first when the engine does not hold it (from the engine's platform).
   */
  @Override
  public Optional<String> imageDigest(String image) {
    return call(() -> new ImageDigests(engine.docker()).digest(image));
  }

  /** The API version agreed with the engine ({@code 1.41}). */
  public String apiVersion() {
    return engine.api().toString();
  }

  @Override
  public void close() {
    engine.close();
  }

  /** Runs a call, turning a lost connection into an {@link EngineUnreachableException} that names the engine. */
  private <T> T call(Supplier<T> body) {
    try {
      return body.get();
    } catch (DockerException e) {
      throw new PhoenixException("the Docker engine at " + engine.host() + " refused a request: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (isConnectionFailure(e)) {
        throw new EngineUnreachableException(engine.host(), "lost the Docker engine at " + engine.host() + " ("
            + engine.source() + "): " + EngineConnection.rootMessage(e), e);
      }
      throw e;
    }
  }

  private static boolean isConnectionFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException) {
        return !(failure instanceof PhoenixException);
      }
    }
    return false;
  }
}
