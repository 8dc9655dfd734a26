package dev.phoenix.core.tls.endpoint;

import dev.phoenix.api.endpoint.DockerEndpoint;
import dev.phoenix.api.endpoint.EndpointResolutionException;
import dev.phoenix.core.tls.context.DockerContext;
import dev.phoenix.core.tls.context.DockerContextStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves the Docker engine to speak to exactly as the docker CLI 28 does, as a pure function of
 * the environment, the CLI's configuration directory and the explicit values:
 *
 * <ol>
 *   <li>{@code --host} (with TLS from {@code DOCKER_TLS_VERIFY}, {@code DOCKER_TLS},
 *       {@code DOCKER_CERT_PATH}); giving {@code --context} too is an error, as in the CLI;</li>
 *   <li>{@code --context NAME}, which wins over {@code DOCKER_HOST};</li>
 *   <li>{@code DOCKER_HOST} (with the same TLS variables), which wins over any context named by
 *       {@code DOCKER_CONTEXT} or {@code config.json}, with a warning when that context uses TLS;</li>
 *   <li>{@code DOCKER_CONTEXT};</li>
 *   <li>{@code currentContext} in {@code config.json};</li>
 *   <li>the default socket {@code unix:///var/run/docker.sock}.</li>
 * </ol>
 *
 * <pre>{@code
 * DockerEndpoint endpoint = EndpointResolver.resolve(System.getenv(),
 *     EndpointResolver.configDirectory(System.getenv(), Path.of(System.getProperty("user.home"))), null, null);
 * }</pre>
 */
public final class EndpointResolver {
  private static final Logger LOG = LoggerFactory.getLogger(EndpointResolver.class);
  private static final String DEFAULT = "default";

  private EndpointResolver() {
  }

  /**
   * The docker CLI's configuration directory: {@code DOCKER_CONFIG}, else {@code .docker} in
   * {@code home}.
   */
  public static Path configDirectory(Map<String, String> environment, Path home) {
    String configured = environment.getOrDefault("DOCKER_CONFIG", "");
    return configured.isEmpty() ? home.resolve(".docker") : Path.of(configured);
  }

  /**
   * The docker CLI's configuration directory for {@code environment}: {@code DOCKER_CONFIG}, else
   * {@code .docker} in its {@code HOME}, else in this JVM's {@code user.home}.
   */
  public static Path configDirectory(Map<String, String> environment) {
    return configDirectory(environment, Path.of(environment.getOrDefault("HOME", System.getProperty("user.home"))));
  }

  /**
   * Resolves the endpoint.
   *
   * @param environment the environment variables, as the docker CLI would see them
   * @param configDirectory the docker CLI's configuration directory ({@link #configDirectory})
   * @param explicitHost the {@code --host} value, or null
   * @param explicitContext the {@code --context} value, or null
   * @return the endpoint, with where it came from and any warning (also logged)
   * @throws EndpointResolutionException for conflicting options, a context that does not exist, an
   *     address Phoenix cannot speak to ({@code ssh://}), or TLS files that are missing
   */
  public static DockerEndpoint resolve(Map<String, String> environment, Path configDirectory, String explicitHost,
      String explicitContext) {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(configDirectory, "configDirectory");
    DockerEndpoint endpoint = new Resolution(environment, configDirectory).run(blankToNull(explicitHost),
        blankToNull(explicitContext));
    endpoint.warnings().forEach(warning -> LOG.warn("{}", warning));
    return endpoint;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** One resolution, collecting what was tried for the error messages. */
  private static final class Resolution {
    private final Map<String, String> environment;
    private final Path configDirectory;
    private final DockerContextStore store;
    private final List<String> tried = new ArrayList<>();

    Resolution(Map<String, String> environment, Path configDirectory) {
      this.environment = environment;
      this.configDirectory = configDirectory;
      this.store = new DockerContextStore(configDirectory, environment);
    }

    DockerEndpoint run(String explicitHost, String explicitContext) {
      if (explicitHost != null && explicitContext != null) {
        throw new EndpointResolutionException("conflicting options: --host " + explicitHost + " and --context "
            + explicitContext + " were both given; give one of them", tried);
      }
      if (explicitHost != null) {
        return fromAddress(explicitHost, "--host", List.of());
      }
      if (explicitContext != null) {
        return fromContext(explicitContext, "--context " + explicitContext);
      }
      tried.add("--host: not given");
      tried.add("--context: not given");
      String dockerHost = environment.getOrDefault("DOCKER_HOST", "");
      if (!dockerHost.isEmpty()) {
        return fromAddress(dockerHost, "DOCKER_HOST", overriddenContextWarning(dockerHost));
      }
      tried.add("DOCKER_HOST: not set");
      String dockerContext = environment.getOrDefault("DOCKER_CONTEXT", "");
      if (!dockerContext.isEmpty()) {
        return fromContext(dockerContext, "DOCKER_CONTEXT=" + dockerContext);
      }
      tried.add("DOCKER_CONTEXT: not set");
      Optional<String> configured = store.configuredContext();
      if (configured.isPresent()) {
        return fromContext(configured.get(), "currentContext \"" + configured.get() + "\" in " + store.configFile());
      }
      tried.add("currentContext: not set in " + store.configFile());
      return fromAddress(null, "the default socket", List.of());
    }

    /** The implicit {@code default} context: an address with TLS from the environment. */
    private DockerEndpoint fromAddress(String address, String source, List<String> earlierWarnings) {
      EnvironmentTls tls = EnvironmentTls.read(environment, configDirectory, source, tried);
      DockerHosts.Parsed host = DockerHosts.parse(address, tls.enabled(), source, tried);
      List<String> warnings = new ArrayList<>(earlierWarnings);
      warnings.addAll(tls.warnings());
      if (tls.enabled() && host.portDefaulted()) {
        warnings.add(source + " " + address.trim() + " has no port: like the docker CLI, Phoenix uses "
            + DockerHosts.PLAIN_PORT + ", the plain-HTTP port, although TLS is on; write :" + DockerHosts.TLS_PORT
            + " if the engine listens there");
      }
      if (!tls.enabled() && earlierWarnings.isEmpty() && DockerHosts.isTlsPort(host.uri())) {
        warnings.add(source + " " + host.uri() + " is the docker engine's TLS port but DOCKER_TLS_VERIFY is not set: "
            + "Phoenix will speak plain HTTP to it; set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to the certificates");
      }
      return new DockerEndpoint(host.uri(), tls.material(), tls.enabled() && !tls.verify(), source, warnings);
    }

    private DockerEndpoint fromContext(String name, String source) {
      if (DEFAULT.equals(name)) {
        String dockerHost = environment.getOrDefault("DOCKER_HOST", "");
        return dockerHost.isEmpty() ? fromAddress(null, source, List.of())
            : fromAddress(dockerHost, "DOCKER_HOST (" + source + ")", List.of());
      }
      if (!store.exists(name)) {
        throw new EndpointResolutionException("docker context \"" + name + "\" (" + source + ") does not exist in "
            + store.configDirectory() + "; the contexts there are: " + String.join(", ", store.names()), tried);
      }
      DockerContext context = store.inspect(name);
      String where = source + ", " + context.metadataDirectory().resolve("meta.json");
      URI host = DockerHosts.contextHost(context.host(), name, where, tried);
      List<String> warnings = new ArrayList<>();
      if (!context.usesTls() && !environment.getOrDefault("DOCKER_TLS_VERIFY", "").isEmpty()) {
        warnings.add("DOCKER_TLS_VERIFY is set but context \"" + name + "\" has no TLS material: like the docker CLI, "
            + "Phoenix uses the context's settings and speaks plain HTTP to " + host);
      }
      return new DockerEndpoint(host, context.tls(), context.skipTlsVerify(), source, warnings);
    }

    /**
     * The seed's failure: a {@code DOCKER_HOST} exported over a context that speaks TLS. The CLI
     * silently prefers {@code DOCKER_HOST}; Phoenix does too, and says which context it overrides.
     */
    private List<String> overriddenContextWarning(String dockerHost) {
      String fromEnvironment = environment.getOrDefault("DOCKER_CONTEXT", "");
      String name = fromEnvironment.isEmpty() ? store.configuredContext().orElse(DEFAULT) : fromEnvironment;
      String how = fromEnvironment.isEmpty() ? "currentContext in " + store.configFile() : "DOCKER_CONTEXT=" + name;
      if (DEFAULT.equals(name) || !store.exists(name)) {
        return List.of();
      }
      DockerContext context;
      try {
        context = store.inspect(name);
      } catch (EndpointResolutionException e) {
        return List.of("DOCKER_HOST=" + dockerHost + " overrides context \"" + name + "\" (" + how
            + "), which cannot be read: " + e.getMessage());
      }
      boolean contextTls = context.usesTls() || context.host().trim().matches("tcp://[^/]*:" + DockerHosts.TLS_PORT
          + "(/.*)?");
      if (!contextTls) {
        return List.of();
      }
      boolean hostTls = !environment.getOrDefault("DOCKER_TLS_VERIFY", "").isEmpty()
          || !environment.getOrDefault("DOCKER_TLS", "").isEmpty();
      if (hostTls) {
        return List.of("DOCKER_HOST=" + dockerHost + " overrides context \"" + name + "\" (" + how + "), which uses TLS "
            + "with its own certificates; Phoenix uses the certificates of DOCKER_CERT_PATH instead: unset DOCKER_HOST "
            + "to use the context");
      }
      return List.of("DOCKER_HOST=" + dockerHost + " overrides context \"" + name + "\" (" + how + "), which uses TLS; "
          + "Phoenix will speak plain HTTP to " + dockerHost.trim() + ": unset DOCKER_HOST to use the context, or set "
          + "DOCKER_TLS_VERIFY=1 (and DOCKER_CERT_PATH) to reach it over TLS");
    }
  }
}
