package dev.phoenix.portainer;

import dev.phoenix.api.PhoenixException;

/**
 * Portainer answered with an error status. Its parts come from the error body in any of the shapes
 * Portainer and the Docker engine behind it use: {@code {"message", "details"}},
 * {@code {"message", "Details"}} (2.22 and later), {@code {"message"}} (Docker), {@code {"err"}}
 * (1.x) or plain text (CSRF failures, unknown routes). Match on {@link #status()}, never on the
 * text, which changes between Portainer releases.
 *
 * <p>No credential (API key, password, JWT) is ever part of the message.
 */
public class PortainerApiException extends PhoenixException {
  private static final long serialVersionUID = 1L;
  private static final int EXCERPT = 300;

  private final int status;
  private final String route;
  private final String serverMessage;
  private final String details;
  private final String bodyExcerpt;

  /**
   * @param status the HTTP status
   * @param route the method and path, e.g. {@code PUT /api/stacks/5} (no query)
   * @param serverMessage Portainer's {@code message}, or the plain-text body, or {@code ""}
   * @param details Portainer's {@code details}, or {@code ""}
   * @param body the response body (only its first 300 characters are kept)
   */
  public PortainerApiException(int status, String route, String serverMessage, String details, String body) {
    this(status, route, serverMessage, details, body, null);
  }

  /**
   * @param status the HTTP status
   * @param route the method and path
   * @param serverMessage Portainer's {@code message}
   * @param details Portainer's {@code details}
   * @param body the response body
   * @param hint what the user can do, appended to the message, or null
   */
  protected PortainerApiException(int status, String route, String serverMessage, String details, String body,
      String hint) {
    super(message(status, route, serverMessage, details, hint));
    this.status = status;
    this.route = route;
    this.serverMessage = nonNull(serverMessage);
    this.details = nonNull(details);
    this.bodyExcerpt = excerpt(body);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The method and path, e.g. {@code POST /api/stacks/create/standalone/string}. */
  public String route() {
    return route;
  }

  /** Portainer's {@code message}, or the plain-text body, or {@code ""}. */
  public String serverMessage() {
    return serverMessage;
  }

  /** Portainer's {@code details} (compose or docker stderr on a failed deploy), or {@code ""}. */
  public String details() {
    return details;
  }

  /** The first 300 characters of the body. */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  private static String message(int status, String route, String serverMessage, String details, String hint) {
    StringBuilder text = new StringBuilder("Portainer: ").append(route).append(" -> HTTP ").append(status);
    if (!nonNull(serverMessage).isEmpty()) {
      text.append(": ").append(serverMessage.strip());
    }
    if (!nonNull(details).isEmpty() && !details.equals(serverMessage)) {
      text.append(" (").append(details.strip()).append(')');
    }
    if (hint != null) {
      text.append(". ").append(hint);
    }
    return text.toString();
  }

  private static String excerpt(String body) {
    String text = nonNull(body);
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "...";
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
