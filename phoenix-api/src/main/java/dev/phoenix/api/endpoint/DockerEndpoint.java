package dev.phoenix.api.endpoint;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Where a Docker engine listens and how to speak to it, resolved as the docker CLI resolves it, and
 * where that came from, so that any error can name the real cause.
 *
 * <pre>{@code
 * DockerEndpoint endpoint = TlsContextFactory.resolve(System.getenv(), configDir, null, null);
 * endpoint.source();   // "context \"prod\" (currentContext in /home/me/.docker/config.json)"
 * }</pre>
 *
 * @param host the engine's address: {@code unix:///var/run/docker.sock} or {@code tcp://HOST:PORT}
 * @param tls the TLS material, or null to speak plain HTTP (only ever on a unix socket or a plain
 *     TCP port the user asked for)
 * @param skipTlsVerify whether the engine's certificate is not checked ({@code SkipTLSVerify},
 *     {@code --tls} without {@code --tlsverify}); TLS is still used
 * @param source where the endpoint came from, for people: {@code DOCKER_HOST},
 *     {@code context "prod" (DOCKER_CONTEXT)}, {@code the default socket}
 * @param warnings what a person should know about the resolution, such as {@code DOCKER_HOST}
 *     overriding a context that has TLS material
 */
public record DockerEndpoint(URI host, TlsMaterial tls, boolean skipTlsVerify, String source, List<String> warnings) {

  /** Checks the required parts and copies the list. */
  public DockerEndpoint {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(source, "source");
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** Whether the engine is spoken to over TLS. */
  public boolean usesTls() {
    return tls != null || skipTlsVerify;
  }

  /** An endpoint given explicitly, without TLS. */
  public static DockerEndpoint of(String host) {
    return new DockerEndpoint(URI.create(host), null, false, "given explicitly", List.of());
  }

  /** This endpoint described for an error message: address, TLS or not, and where it came from. */
  public String describe() {
    return host + (usesTls() ? " over TLS" : "") + " (" + source + ")";
  }
}
