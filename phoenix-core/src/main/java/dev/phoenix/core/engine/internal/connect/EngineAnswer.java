package dev.phoenix.core.engine.internal.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The engine's own words out of a docker-java exception: docker-java puts the HTTP status and
 * the raw JSON body in its message ({@code Status 404: {"message":"manifest for … not found"}}),
 * and a person wants the {@code message} alone.
 */
public final class EngineAnswer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EngineAnswer() {
  }

  /** The engine's message in {@code error}, else the exception's own message, else its type. */
  public static String of(Throwable error) {
    String text = error.getMessage();
    if (text == null || text.isBlank()) {
      return error.getClass().getSimpleName();
    }
    int brace = text.indexOf('{');
    if (brace >= 0) {
      try {
        JsonNode body = JSON.readTree(text.substring(brace));
        if (body != null && body.hasNonNull("message")) {
          return body.get("message").asText().strip();
        }
      } catch (IOException e) {
        // Not JSON after all: the message as it is says more than nothing.
      }
    }
    return text.strip();
  }
}
