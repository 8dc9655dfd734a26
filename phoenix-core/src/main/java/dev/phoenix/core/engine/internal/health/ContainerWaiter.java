package dev.phoenix.core.engine.internal.health;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.HealthState;
import com.github.dockerjava.api.command.HealthStateLog;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.HealthCheck;
import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.api.deploy.DeploymentException;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.ResourceKind;
import dev.phoenix.api.deploy.ServiceFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * Waits for a container to become healthy, to complete, or to be running-or-healthy, as
 * {@code depends_on} conditions and {@code --wait} need, by polling {@code ContainerInspect}.
 *
 * <p>Events: {@code WAITING} once when a wait starts; {@code HEALTHY} when the container reports
 * healthy; {@code RUNNING} when, for {@link #awaitRunningOrHealthy}, it runs and has no health
 * check; {@code COMPLETED} when it exited with code 0; {@code UNHEALTHY} with its last health check
 * output when it reports unhealthy. A failure is a {@link ServiceFailedException} carrying the
 * exit code or last health output and the container's last {@value LogTail#LINES} log lines.
 *
 * <p>Thread-safe: one waiter serves all the containers of a deployment at once.
 */
public final class ContainerWaiter {
  /** How often a container is inspected by default. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(250);

  private final DockerClient docker;
  private final String stack;
  private final DeploymentListener listener;
  private final Duration pollInterval;

  /** A waiter polling every {@link #DEFAULT_POLL_INTERVAL}. */
  public ContainerWaiter(DockerClient docker, String stack, DeploymentListener listener) {
    this(docker, stack, listener, DEFAULT_POLL_INTERVAL);
  }

  /**
   * @param docker the engine; not closed
   * @param stack the stack's name, for events and errors
   * @param listener receives the events
   * @param pollInterval the time between two inspections, positive
   */
  public ContainerWaiter(DockerClient docker, String stack, DeploymentListener listener, Duration pollInterval) {
    this.docker = Objects.requireNonNull(docker, "docker");
    this.stack = Objects.requireNonNull(stack, "stack");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("the poll interval must be positive: " + pollInterval);
    }
  }

  /**
   * Waits until the container reports healthy ({@code service_healthy}).
   *
   * @param containerId the container's ID
   * @param containerName its name, for events and errors
   * @param service its service
   * @param deadline when to give up
   * @param completed what the deployment had done before, for the message of a failure
   * @throws ServiceFailedException when it has no health check at all (neither its own nor its
   *     image's), reports unhealthy, exits, or is not healthy by the deadline
   * @throws DeploymentException when the engine cannot be asked, or the thread is interrupted
   *     (its interrupt flag set again)
   */
  public void awaitHealthy(String containerId, String containerName, String service, Instant deadline,
      List<String> completed) {
    await(Goal.HEALTHY, new Target(containerId, containerName, service, completed), deadline);
  }

  /**
   * Waits until the container has exited with code 0 ({@code service_completed_successfully}).
   *
   * @throws ServiceFailedException when it exits with another code ({@code exited with code 3}) or
   *     is still running at the deadline
   * @throws DeploymentException when the engine cannot be asked, or the thread is interrupted
   * @see #awaitHealthy for the parameters
   */
  public void awaitCompleted(String containerId, String containerName, String service, Instant deadline,
      List<String> completed) {
    await(Goal.COMPLETED, new Target(containerId, containerName, service, completed), deadline);
  }

  /**
   * Waits until the container is healthy when it has a health check (its own or its image's),
   * else running ({@code --wait}). A restarting or paused container is not running.
   *
   * @throws ServiceFailedException when it exits or dies, reports unhealthy, or is not there yet
   *     by the deadline
   * @throws DeploymentException when the engine cannot be asked, or the thread is interrupted
   * @see #awaitHealthy for the parameters
   */
  public void awaitRunningOrHealthy(String containerId, String containerName, String service, Instant deadline,
      List<String> completed) {
    await(Goal.RUNNING_OR_HEALTHY, new Target(containerId, containerName, service, completed), deadline);
  }

  private void await(Goal goal, Target target, Instant deadline) {
    Instant start = Instant.now();
    emit(DeploymentEvent.Type.WAITING, target, goal.waiting);
    while (true) {
      if (Thread.currentThread().isInterrupted()) {
        throw interrupted(target, null);
      }
      InspectContainerResponse container = inspect(target);
      Verdict verdict = judge(goal, container);
      if (verdict.done() != null) {
        emit(verdict.done(), target, verdict.message());
        return;
      }
      if (verdict.problem() != null) {
        if (verdict.unhealthy()) {
          emit(DeploymentEvent.Type.UNHEALTHY, target, verdict.healthOutput());
        }
        throw failure(target, verdict.problem(), verdict.exitCode(), verdict.healthOutput(), false);
      }
      Instant now = Instant.now();
      if (!now.isBefore(deadline)) {
        String problem = goal.notYet + " after " + WaitDurations.format(Duration.between(start, deadline))
            + " (" + verdict.message() + ")";
        throw failure(target, problem, null, verdict.healthOutput(), true);
      }
      sleep(min(pollInterval, Duration.between(now, deadline)), target);
    }
  }

  /** What the container's state means for the goal. */
  static Verdict judge(Goal goal, InspectContainerResponse container) {
    InspectContainerResponse.ContainerState state = container.getState();
    String status = state == null || state.getStatus() == null ? "unknown" : state.getStatus();
    Integer exitCode = state == null || state.getExitCodeLong() == null ? null : state.getExitCodeLong().intValue();
    HealthState health = state == null ? null : state.getHealth();
    String healthStatus = health == null ? null : health.getStatus();
    String healthOutput = lastOutput(health);
    boolean ended = status.equals("exited") || status.equals("dead");
    boolean checked = hasHealthcheck(container);

    if (goal == Goal.COMPLETED) {
      if (!ended) {
        return Verdict.waiting("state: " + status, healthOutput);
      }
      return exitCode != null && exitCode == 0
          ? Verdict.done(DeploymentEvent.Type.COMPLETED, "exited with code 0")
          : Verdict.failed("exited with code " + exitCode, exitCode, healthOutput, false);
    }
    if (goal == Goal.HEALTHY && !checked) {
      return Verdict.failed("has no healthcheck (neither the service nor its image defines one), so a "
          + "service_healthy dependency on it can never be met", null, null, false);
    }
    if (ended) {
      String problem = status.equals("dead") ? "is dead (exit code " + exitCode + ")" : "exited with code " + exitCode;
      return Verdict.failed(problem, exitCode, healthOutput, false);
    }
    if (checked) {
      if ("healthy".equals(healthStatus)) {
        return Verdict.done(DeploymentEvent.Type.HEALTHY, healthOutput);
      }
      if ("unhealthy".equals(healthStatus)) {
        return Verdict.failed("is unhealthy", null, healthOutput, true);
      }
      return Verdict.waiting("health: " + (healthStatus == null ? status : healthStatus), healthOutput);
    }
    boolean running = state != null && Boolean.TRUE.equals(state.getRunning()) && !Boolean.TRUE.equals(state.getRestarting())
        && !Boolean.TRUE.equals(state.getPaused());
    return running
        ? Verdict.done(DeploymentEvent.Type.RUNNING, "running, without a health check")
        : Verdict.waiting("state: " + status, null);
  }

  /**
   * Whether the container runs a health check: the engine merges the image's check into the
   * container's configuration at creation, and {@code NONE} switches it off.
   */
  static boolean hasHealthcheck(InspectContainerResponse container) {
    HealthCheck check = container.getConfig() == null ? null : container.getConfig().getHealthcheck();
    List<String> test = check == null ? null : check.getTest();
    return test != null && !test.isEmpty() && !"NONE".equals(test.get(0));
  }

  private static String lastOutput(HealthState health) {
    List<HealthStateLog> log = health == null ? null : health.getLog();
    if (log == null || log.isEmpty()) {
      return null;
    }
    String output = log.get(log.size() - 1).getOutput();
    return output == null || output.isBlank() ? null : output.strip();
  }

  private InspectContainerResponse inspect(Target target) {
    try {
      return docker.inspectContainerCmd(target.id()).exec();
    } catch (NotFoundException e) {
      throw failure(target, "no longer exists", null, null, false);
    } catch (RuntimeException e) {
      // docker-java's transport cancels a request when its thread is interrupted.
      if (Thread.currentThread().isInterrupted() || e instanceof CancellationException) {
        throw interrupted(target, e);
      }
      throw new DeploymentException(stack, "wait for container " + target.name(),
          "the engine could not be asked about it: " + e.getMessage(), target.completed(), e);
    }
  }

  private ServiceFailedException failure(Target target, String problem, Integer exitCode, String healthOutput,
      boolean timedOut) {
    List<String> logs = LogTail.read(docker, target.id());
    return new ServiceFailedException(stack, target.service(), target.name(), problem, exitCode, healthOutput, logs,
        timedOut, target.completed());
  }

  private void sleep(Duration duration, Target target) {
    try {
      Thread.sleep(Math.max(1, duration.toMillis()));
    } catch (InterruptedException e) {
      throw interrupted(target, e);
    }
  }

  /** The failure of an interrupted wait; the thread's interrupt flag is set again for the caller. */
  private DeploymentException interrupted(Target target, Throwable cause) {
    Thread.currentThread().interrupt();
    return new DeploymentException(stack, "wait for container " + target.name(),
        "interrupted while waiting for service " + target.service(), target.completed(), cause);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private void emit(DeploymentEvent.Type type, Target target, String message) {
    listener.onEvent(new DeploymentEvent(type, stack, ResourceKind.CONTAINER, target.name(), target.service(),
        message, Instant.now()));
  }

  /** What a wait is for. */
  enum Goal {
    HEALTHY("waiting until healthy", "not healthy"),
    COMPLETED("waiting until it completes", "not completed"),
    RUNNING_OR_HEALTHY("waiting until running or healthy", "not running or healthy");

    final String waiting;
    final String notYet;

    Goal(String waiting, String notYet) {
      this.waiting = waiting;
      this.notYet = notYet;
    }
  }

  /** The container waited for. */
  private record Target(String id, String name, String service, List<String> completed) {
    Target {
      Objects.requireNonNull(id, "containerId");
      Objects.requireNonNull(name, "containerName");
      Objects.requireNonNull(service, "service");
      completed = completed == null ? List.of() : List.copyOf(completed);
    }
  }

  /**
   * One inspection's reading: done (with the event to send), failed (with the problem), or not
   * yet (with the state to quote at the deadline).
   */
  record Verdict(DeploymentEvent.Type done, String message, String problem, Integer exitCode, String healthOutput,
      boolean unhealthy) {
    static Verdict done(DeploymentEvent.Type type, String message) {
      return new Verdict(type, message, null, null, null, false);
    }

    static Verdict failed(String problem, Integer exitCode, String healthOutput, boolean unhealthy) {
      return new Verdict(null, null, problem, exitCode, healthOutput, unhealthy);
    }

    static Verdict waiting(String state, String healthOutput) {
      return new Verdict(null, state, null, null, healthOutput, false);
    }
  }
}
