package dev.phoenix.portainer.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phoenix.portainer.PortainerApiException;

/**
 * Reads an error response in whichever shape it comes: {@code {message, details}} (Portainer),
 * {@code {message, Details}} (2.22+), {@code {message}} (Docker through the proxy), {@code {err}}
 * (Portainer 1.x), or plain text (CSRF failures, unknown routes, proxies in front).
 */
public final class ErrorBodies {
  private ErrorBodies() {
  }

  /** The exception for an error {@code reply} to {@code route}. */
  public static PortainerApiException exception(String route, PortainerHttp.Reply reply) {
    String body = reply.body() == null ? "" : reply.body();
    String message = "";
    String details = "";
    JsonNode json = Json.readOrNull(body);
    if (json != null && json.isObject()) {
      message = Json.text(json, "message", "Message", "err", "error");
      details = Json.text(json, "details", "Details");
    } else if (json != null && json.isTextual()) {
      message = json.asText();
    } else {
      message = firstLine(body);
    }
    if (reply.status() >= 300 && reply.status() < 400) {
      String location = reply.headers().get("Location");
      message = "redirected to " + (location == null ? "another address" : location)
          + "; use that URL as the Portainer address (redirects are not followed, so credentials stay here)";
    }
    return new PortainerApiException(reply.status(), route, message, details, body);
  }

  private static String firstLine(String body) {
    String text = body.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline).strip();
  }
}
