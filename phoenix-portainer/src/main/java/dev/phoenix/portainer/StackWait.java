package dev.phoenix.portainer;

import dev.phoenix.api.deploy.DeploymentEvent.Type;
import dev.phoenix.api.deploy.EngineUnreachableException;
import dev.phoenix.api.deploy.ServiceFailedException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Waits, through Portainer's Docker proxy, until every service of a stack has containers that run
 * (healthy, with a health check) or completed with code 0. Portainer's own stack status says nothing
 * about this: a failed compose update leaves the stack down with its status still active.
 */
final class StackWait {
  private final PortainerClient client;
  private final StackTarget target;
  private final String stack;
  private final Set<String> services;
  private final Duration interval;
  private final PortainerTarget.Events events;
  private final List<String> completed;

  StackWait(PortainerClient client, StackTarget target, String stack, Set<String> services, Duration interval,
      PortainerTarget.Events events, List<String> completed) {
    this.client = client;
    this.target = target;
    this.stack = stack;
    this.services = new TreeSet<>(services);
    this.interval = interval;
    this.events = events;
    this.completed = completed;
  }

  /**
   * @throws ServiceFailedException naming the first service whose container exited with a non-zero
   *     code, or that is not up when {@code timeout} has passed
   */
  void await(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    events.emit(Type.WAITING, null, null, "for " + String.join(", ", services) + " (up to " + timeout + ")");
    while (true) {
      List<StackContainer> containers = client.stacks().containers(target.endpointId(), stack, target.stackType());
      String pending = null;
      StackContainer pendingContainer = null;
      for (String service : services) {
        // A swarm task's service is the stack's name, '_' and the compose service.
        List<StackContainer> own = containers.stream().filter(c -> c.service().equals(service)
            || (target.isSwarm() && c.service().equals(stack + "_" + service))).toList();
        if (own.isEmpty() && pending == null) {
          pending = service;
        }
        if (target.isSwarm()) {
          // Swarm replaces a failed task and keeps the old containers: one task up is enough, and
          // an exited one fails the wait only when no task came up in time.
          if (!own.isEmpty() && own.stream().noneMatch(StackWait::finished) && pending == null) {
            pending = service;
            pendingContainer = own.get(0);
          }
          continue;
        }
        for (StackContainer container : own) {
          Integer exit = PortainerTarget.containerStatus(container).exitCode();
          if (exit != null && exit != 0) {
            fail(service, container.name(), "exited with code " + exit, exit, false);
          }
          if (!finished(container) && pending == null) {
            pending = service;
            pendingContainer = container;
          }
        }
      }
      if (pending == null) {
        containers.forEach(c -> events.emitService(c.isUp() ? (c.health() == null ? Type.RUNNING : Type.HEALTHY)
            : Type.COMPLETED, c.name(), c.service(), c.status()));
        return;
      }
      if (System.nanoTime() >= deadline) {
        String problem = pendingContainer == null ? "has no container after " + timeout
            : "not healthy or running after " + timeout + " (" + pendingContainer.status() + ")";
        fail(pending, pendingContainer == null ? stack + "-" + pending : pendingContainer.name(), problem, null, true);
      }
      try {
        Thread.sleep(Math.max(1, Math.min(interval.toMillis(), (deadline - System.nanoTime()) / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EngineUnreachableException(client.url().toString(), "interrupted while waiting for stack " + stack,
            e);
      }
    }
  }

  /** Whether it is up (healthy, with a healthcheck) or completed with exit code 0. */
  private static boolean finished(StackContainer container) {
    Integer exit = PortainerTarget.containerStatus(container).exitCode();
    return container.isUp() || (exit != null && exit == 0);
  }

  private void fail(String service, String container, String problem, Integer exit, boolean timedOut) {
    events.emitService(Type.FAILED, container, service, problem);
    throw new ServiceFailedException(stack, service, container, problem, exit, null, List.of(), timedOut, completed);
  }
}
