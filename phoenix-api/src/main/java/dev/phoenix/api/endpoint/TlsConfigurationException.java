package dev.phoenix.api.endpoint;

import dev.phoenix.api.PhoenixException;

/**
 * TLS between Phoenix and an engine does not work, and why: plain HTTP sent to a TLS port, TLS sent
 * to a plain port, a certificate from another CA, an expired certificate, a missing or rejected
 * client certificate, a name not in the certificate, an unreadable key. The message names the
 * endpoint, where its settings came from, what went wrong and the fix. Phoenix never falls back to
 * plain HTTP.
 */
public class TlsConfigurationException extends PhoenixException {
  private static final long serialVersionUID = 1L;

  private final String endpoint;
  private final String problem;
  private final String fix;

  /**
   * @param endpoint the endpoint, described ({@link DockerEndpoint#describe()}), or a file for
   *     material that could not be read
   * @param problem what went wrong
   * @param fix what to do about it
   * @param cause the underlying error, or null
   */
  public TlsConfigurationException(String endpoint, String problem, String fix, Throwable cause) {
    super(endpoint + ": " + problem + (fix == null ? "" : "\nfix: " + fix), cause);
    this.endpoint = endpoint;
    this.problem = problem;
    this.fix = fix;
  }

  /** The endpoint, described. */
  public String endpoint() {
    return endpoint;
  }

  /** What went wrong. */
  public String problem() {
    return problem;
  }

  /** What to do about it, or null. */
  public String fix() {
    return fix;
  }
}
