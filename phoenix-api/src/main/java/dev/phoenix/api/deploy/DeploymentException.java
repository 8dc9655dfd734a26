package dev.phoenix.api.deploy;

import dev.phoenix.api.PhoenixException;
import java.util.List;

/**
 * A deployment or removal that failed. The message names the stack and the step that failed;
 * {@link #completed()} lists what had already been done, so nothing half-done goes unreported.
 */
public class DeploymentException extends PhoenixException {
  private static final long serialVersionUID = 1L;

  private final String stack;
  private final String step;
  private final List<String> completed;

  /**
   * @param stack the stack's name, or null for a failure outside any stack (an image pulled to look
   *     up its digest)
   * @param step the step that failed ({@code "create container shop-web-1"}), or null before any step
   * @param message what went wrong, for a person
   * @param completed what had been done before the failure ({@code "created network shop_default"})
   * @param cause the underlying error, or null
   */
  public DeploymentException(String stack, String step, String message, List<String> completed, Throwable cause) {
    super(compose(stack, step, message, completed), cause);
    this.stack = stack;
    this.step = step;
    this.completed = completed == null ? List.of() : List.copyOf(completed);
  }

  /** A failure before anything was changed. */
  public DeploymentException(String stack, String message) {
    this(stack, null, message, List.of(), null);
  }

  private static String compose(String stack, String step, String message, List<String> completed) {
    StringBuilder text = new StringBuilder();
    if (stack != null) {
      text.append("stack ").append(stack).append(": ");
    }
    if (step != null) {
      text.append(step).append(" failed: ");
    }
    text.append(message);
    if (completed != null && !completed.isEmpty()) {
      text.append("\nalready done before the failure (run down to remove, or deploy again to finish):");
      for (String done : completed) {
        text.append("\n  ").append(done);
      }
    }
    return text.toString();
  }

  /** The stack's name, or null for a failure outside any stack. */
  public String stack() {
    return stack;
  }

  /** The step that failed, or null when nothing had started. */
  public String step() {
    return step;
  }

  /** What had been done before the failure, in order. */
  public List<String> completed() {
    return completed;
  }
}
