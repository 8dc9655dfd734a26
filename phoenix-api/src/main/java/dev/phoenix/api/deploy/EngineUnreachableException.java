package dev.phoenix.api.deploy;

import dev.phoenix.api.PhoenixException;

/** The Docker engine (or other target) did not answer; the message names the endpoint and where it came from. */
public class EngineUnreachableException extends PhoenixException {
  private static final long serialVersionUID = 1L;

  private final String endpoint;

  /**
   * @param endpoint the endpoint tried ({@code unix:///var/run/docker.sock})
   * @param message what went wrong and how to fix it
   * @param cause the underlying error, or null
   */
  public EngineUnreachableException(String endpoint, String message, Throwable cause) {
    super(message, cause);
    this.endpoint = endpoint;
  }

  /** The endpoint tried. */
  public String endpoint() {
    return endpoint;
  }
}
