package dev.phoenix.core.engine.internal.connect;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import dev.phoenix.api.deploy.EngineUnreachableException;
import dev.phoenix.api.endpoint.DockerEndpoint;
import dev.phoenix.api.endpoint.EndpointResolutionException;
import dev.phoenix.api.endpoint.TlsConfigurationException;
import dev.phoenix.core.tls.TlsContext;
import dev.phoenix.core.tls.TlsContextFactory;
import dev.phoenix.core.tls.endpoint.EndpointResolver;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * A docker-java client for one engine, with the API version agreed with it.
 *
 * <p>The engine is the one an explicit address or context names, else the one the environment
 * names, resolved as the docker CLI resolves it ({@link EndpointResolver}), TLS included. The
 * version is negotiated as the docker CLI does: ask the engine (on an unversioned path) which versions it speaks, then use the newest
 * both sides know. Every later call goes to versioned paths, so a current engine that refuses old
 * versions and the Debian 20.10 engine (API 1.41) are both served, and the target can switch
 * behaviour where versions differ (networks attached at create from 1.44).
 */
public final class EngineConnection implements AutoCloseable {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  // The longest silence inside one response: pulls, builds and log streams send data well before.
  private static final Duration RESPONSE_TIMEOUT = Duration.ofMinutes(10);

  private final DockerClient docker;
  private final String host;
  private final String source;
  private final ApiVersion api;
  private final String engineVersion;
  private final boolean owned;

  private EngineConnection(DockerClient docker, String host, String source, ApiVersion api, String engineVersion,
      boolean owned) {
    this.docker = docker;
    this.host = host;
    this.source = source;
    this.api = api;
    this.engineVersion = engineVersion;
    this.owned = owned;
  }

  /**
   * Connects to the engine at {@code host}, or else the one {@code environment} names, resolved as
   * the docker CLI resolves it (DOCKER_HOST, DOCKER_CONTEXT, the current context, the default socket).
   *
   * @throws EngineUnreachableException when the engine does not answer or speaks no common version
   * @throws TlsConfigurationException when TLS is misconfigured, naming the real cause
   * @throws EndpointResolutionException when no usable endpoint can be resolved
   */
  public static EngineConnection open(String host, Map<String, String> environment) {
    return open(host, null, environment);
  }

  /** Like {@link #open(String, Map)}, with an explicit context ({@code --context}) as well. */
  public static EngineConnection open(String host, String context, Map<String, String> environment) {
    return open(EndpointResolver.resolve(environment, EndpointResolver.configDirectory(environment), host,
        context));
  }

  /**
   * Connects to {@code endpoint}. TLS material is checked completely first, and docker-java is
   * handed the finished {@code SSLContext}: it never sees a certificate directory it could half
   * read and fall back to plain HTTP from.
   */
  public static EngineConnection open(DockerEndpoint endpoint) {
    String address = checked(endpoint);
    DefaultDockerClientConfig.Builder config = new DefaultDockerClientConfig.Builder().withDockerHost(address);
    if (endpoint.usesTls()) {
      TlsContext tls = TlsContextFactory.create(endpoint.tls(), endpoint.skipTlsVerify(),
          "the Docker engine at " + address);
      config.withDockerTlsVerify(true).withCustomSslConfig(tls::sslContext);
    } else {
      config.withDockerTlsVerify(false);
    }
    Version version;
    try (DockerClient probe = client(config.build())) {
      version = version(probe, endpoint);
    } catch (IOException e) {
      throw new EngineUnreachableException(address, "could not close the probe connection to " + address, e);
    }
    ApiVersion agreed = agree(version, address, endpoint.source());
    DockerClient docker = client(config.withApiVersion(RemoteApiVersion.create(agreed.major(), agreed.minor())).build());
    return new EngineConnection(docker, address, endpoint.source(), agreed, version.getVersion(), true);
  }

  /**
   * Uses a client the caller made and keeps owning: Phoenix never closes it. The API version is
   * the engine's own (the client decides which paths it calls).
   */
  public static EngineConnection of(DockerClient docker, String description) {
    Version version = version(docker, description);
    ApiVersion engine = parseOr(version.getApiVersion(), ApiVersion.NEWEST_SUPPORTED);
    ApiVersion used = engine.atLeast(ApiVersion.NEWEST_SUPPORTED) ? ApiVersion.NEWEST_SUPPORTED : engine;
    return new EngineConnection(docker, description, "a client given by the caller", used, version.getVersion(), false);
  }

  private static String checked(DockerEndpoint endpoint) {
    String address = endpoint.host().toString();
    String scheme = endpoint.host().getScheme() == null ? "" : endpoint.host().getScheme();
    return switch (scheme) {
      case "unix", "tcp" -> address;
      case "ssh" -> throw new EngineUnreachableException(address, "the Docker host \"" + address + "\" ("
          + endpoint.source() + ") uses ssh://, which Phoenix does not support yet: use tcp:// with TLS, or a unix socket",
          null);
      default -> throw new EngineUnreachableException(address, "the Docker host \"" + address + "\" ("
          + endpoint.source() + ") has an unsupported scheme: use unix:///path/to/docker.sock or tcp://HOST:PORT", null);
    };
  }

  private static DockerClient client(DefaultDockerClientConfig config) {
    return DockerClientImpl.getInstance(config, new ZerodepDockerHttpClient.Builder()
        .dockerHost(config.getDockerHost())
        .sslConfig(config.getSSLConfig())
        .connectionTimeout(CONNECT_TIMEOUT)
        .responseTimeout(RESPONSE_TIMEOUT)
        .build());
  }

  private static Version version(DockerClient docker, DockerEndpoint endpoint) {
    try {
      return docker.versionCmd().exec();
    } catch (RuntimeException e) {
      throw ConnectionFailures.explain(endpoint, e);
    }
  }

  private static Version version(DockerClient docker, String description) {
    try {
      return docker.versionCmd().exec();
    } catch (RuntimeException e) {
      throw new EngineUnreachableException(description, "cannot reach the Docker engine through " + description + ": "
          + rootMessage(e), e);
    }
  }

  private static ApiVersion agree(Version version, String address, String source) {
    ApiVersion newest = parseOr(version.getApiVersion(), null);
    if (newest == null) {
      throw new EngineUnreachableException(address, "the engine at " + address + " (" + source
          + ") did not say which API versions it speaks; is it a Docker engine?", null);
    }
    ApiVersion oldest = parseOr(version.getMinAPIVersion(), newest);
    ApiVersion agreed = newest.atLeast(ApiVersion.NEWEST_SUPPORTED) ? ApiVersion.NEWEST_SUPPORTED : newest;
    if (!agreed.atLeast(oldest) || !agreed.atLeast(ApiVersion.OLDEST_SUPPORTED)) {
      throw new EngineUnreachableException(address, "the engine at " + address + " speaks API " + oldest + " to "
          + newest + ", Phoenix " + ApiVersion.OLDEST_SUPPORTED + " to " + ApiVersion.NEWEST_SUPPORTED
          + ": there is no version both understand", null);
    }
    return agreed;
  }

  private static ApiVersion parseOr(String text, ApiVersion fallback) {
    try {
      return text == null ? fallback : ApiVersion.parse(text);
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  /** The deepest message of a failure chain, which says what went wrong (connection refused, no such file). */
  public static String rootMessage(Throwable failure) {
    Throwable deepest = failure;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    String message = deepest.getMessage();
    return message == null || message.isBlank() ? deepest.getClass().getSimpleName() : message.strip();
  }

  /** The client. */
  public DockerClient docker() {
    return docker;
  }

  /** The engine's address. */
  public String host() {
    return host;
  }

  /** Where the address came from ({@code from DOCKER_HOST}). */
  public String source() {
    return source;
  }

  /** The API version in use. */
  public ApiVersion api() {
    return api;
  }

  /** The engine's version ({@code 20.10.24+dfsg1}). */
  public String engineVersion() {
    return engineVersion;
  }

  /** Closes the client, unless the caller gave it. */
  @Override
  public void close() {
    if (owned) {
      try {
        docker.close();
      } catch (IOException e) {
        // Nothing is left to do with a connection that will not close; the socket goes with the process.
      }
    }
  }
}
