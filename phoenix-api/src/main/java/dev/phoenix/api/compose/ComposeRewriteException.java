package dev.phoenix.api.compose;

import dev.phoenix.api.PhoenixException;
import java.util.Optional;

/**
 * A rewrite of a Compose file was refused before it changed anything: it names a service the file
 * does not have, a value is invalid (a negative CPU count, a malformed digest), or the result would
 * clash with the rest of the file (a Traefik router name another service already defines). The
 * message names the service concerned and what to change.
 */
public class ComposeRewriteException extends PhoenixException {
  private static final long serialVersionUID = 1L;

  private final String service;

  /**
   * @param service the service the rewrite concerns, or {@code null} when it concerns the whole file
   * @param message what is wrong, in words
   */
  public ComposeRewriteException(String service, String message) {
    super(service == null ? message : "service " + service + ": " + message);
    this.service = service;
  }

  /** The service the rewrite concerns, when it concerns one. */
  public Optional<String> service() {
    return Optional.ofNullable(service);
  }
}
