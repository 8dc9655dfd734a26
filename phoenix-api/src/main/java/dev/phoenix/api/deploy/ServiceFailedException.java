package dev.phoenix.api.deploy;

import java.util.List;

/**
 * A service that did not become healthy, running or successfully completed: it exited, reported
 * unhealthy, or the deadline passed. The message names the service and container and carries its
 * last health check output or exit code and its last log lines.
 */
public class ServiceFailedException extends DeploymentException {
  private static final long serialVersionUID = 1L;

  private final String service;
  private final String container;
  private final Integer exitCode;
  private final String healthOutput;
  private final List<String> logTail;
  private final boolean timedOut;

  /**
   * @param stack the stack's name
   * @param service the service that failed
   * @param container the container that failed
   * @param problem what went wrong ({@code "exited with code 3"}, {@code "not healthy after 2m"})
   * @param exitCode the container's exit code, or null while it runs
   * @param healthOutput the output of its last health check, or null
   * @param logTail its last log lines
   * @param timedOut whether the deadline passed
   * @param completed what had been done before the failure
   */
  public ServiceFailedException(String stack, String service, String container, String problem, Integer exitCode,
      String healthOutput, List<String> logTail, boolean timedOut, List<String> completed) {
    super(stack, "service " + service, describe(container, problem, healthOutput, logTail), completed, null);
    this.service = service;
    this.container = container;
    this.exitCode = exitCode;
    this.healthOutput = healthOutput;
    this.logTail = logTail == null ? List.of() : List.copyOf(logTail);
    this.timedOut = timedOut;
  }

  private static String describe(String container, String problem, String healthOutput, List<String> logTail) {
    StringBuilder text = new StringBuilder("container ").append(container).append(' ').append(problem);
    if (healthOutput != null && !healthOutput.isBlank()) {
      text.append("\nlast health check output: ").append(healthOutput.strip());
    }
    if (logTail != null && !logTail.isEmpty()) {
      text.append("\nlast log lines:");
      for (String line : logTail) {
        text.append("\n  | ").append(line);
      }
    }
    return text.toString();
  }

  /** The service that failed. */
  public String service() {
    return service;
  }

  /** The container that failed. */
  public String container() {
    return container;
  }

  /** Its exit code, or null while it runs. */
  public Integer exitCode() {
    return exitCode;
  }

  /** The output of its last health check, or null. */
  public String healthOutput() {
    return healthOutput;
  }

  /** Its last log lines. */
  public List<String> logTail() {
    return logTail;
  }

  /** Whether the deadline passed (rather than the container failing outright). */
  public boolean timedOut() {
    return timedOut;
  }
}
