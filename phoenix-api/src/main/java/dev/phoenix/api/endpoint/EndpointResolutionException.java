package dev.phoenix.api.endpoint;

import dev.phoenix.api.PhoenixException;
import java.util.List;

/** No usable endpoint could be resolved; the message lists every source that was tried and what was wrong with it. */
public class EndpointResolutionException extends PhoenixException {
  private static final long serialVersionUID = 1L;

  private final List<String> tried;

  /**
   * @param message what went wrong and how to fix it
   * @param tried the sources tried, in order, each with what was found ({@code DOCKER_HOST: not set})
   */
  public EndpointResolutionException(String message, List<String> tried) {
    super(message + (tried.isEmpty() ? "" : "\ntried: " + String.join("; ", tried)));
    this.tried = List.copyOf(tried);
  }

  /** The sources tried, in order. */
  public List<String> tried() {
    return tried;
  }
}
