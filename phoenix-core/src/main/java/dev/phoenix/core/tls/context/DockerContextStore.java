package dev.phoenix.core.tls.context;

import dev.phoenix.api.endpoint.EndpointResolutionException;
import dev.phoenix.api.endpoint.TlsConfigurationException;
import dev.phoenix.api.endpoint.TlsMaterial;
import dev.phoenix.core.tls.TlsContextFactory;
import dev.phoenix.core.tls.internal.SecureFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The docker CLI's context store, read and written compatibly with docker CLI 28: a context made by
 * {@code docker context create} is seen here, and one made here works in {@code docker --context}.
 *
 * <p>The store lives in the CLI's configuration directory ({@code $DOCKER_CONFIG}, by default
 * {@code ~/.docker}), which is always passed in: {@code contexts/meta/<sha256 of the name>/meta.json}
 * and {@code contexts/tls/<same hash>/docker/{ca,cert,key}.pem}, and {@code currentContext} in
 * {@code config.json}. The environment decides, as it does for the CLI, which context is current
 * ({@code DOCKER_HOST} makes it {@code default}, else {@code DOCKER_CONTEXT}) and what the implicit
 * {@code default} context points at.
 *
 * <pre>{@code
 * DockerContextStore store = new DockerContextStore(Path.of(home, ".docker"), System.getenv());
 * store.create("prod", "tcp://10.0.0.5:2376", TlsMaterial.inDirectory(certs), false, "production");
 * store.use("prod");
 * }</pre>
 */
public final class DockerContextStore {
  /** The description the docker CLI gives its implicit {@code default} context. */
  public static final String DEFAULT_DESCRIPTION = "Current DOCKER_HOST based configuration";
  /** Where the engine listens when nothing says otherwise. */
  public static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

  private static final Logger LOG = LoggerFactory.getLogger(DockerContextStore.class);

  private final Path configDirectory;
  private final Map<String, String> environment;
  private final CliConfigFile config;

  /**
   * @param configDirectory the docker CLI's configuration directory
   * @param environment the environment variables the CLI would see ({@code DOCKER_HOST},
   *     {@code DOCKER_CONTEXT})
   */
  public DockerContextStore(Path configDirectory, Map<String, String> environment) {
    this.configDirectory = Objects.requireNonNull(configDirectory, "configDirectory").toAbsolutePath();
    this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    this.config = new CliConfigFile(this.configDirectory);
  }

  /** The configuration directory the store lives in. */
  public Path configDirectory() {
    return configDirectory;
  }

  /** The docker CLI's {@code config.json} in the configuration directory. */
  public Path configFile() {
    return config.path();
  }

  /** The {@code currentContext} that {@code config.json} names, if any, whatever the environment says. */
  public Optional<String> configuredContext() {
    return config.currentContext();
  }

  /**
   * The name of the context the docker CLI uses now (as {@code docker context show}):
   * {@code default} when {@code DOCKER_HOST} is set, else {@code DOCKER_CONTEXT}, else
   * {@code currentContext} in {@code config.json}, else {@code default}. Not checked to exist.
   */
  public String current() {
    if (!env("DOCKER_HOST").isEmpty()) {
      return ContextNames.DEFAULT;
    }
    String fromEnvironment = env("DOCKER_CONTEXT");
    if (!fromEnvironment.isEmpty()) {
      return fromEnvironment;
    }
    return config.currentContext().orElse(ContextNames.DEFAULT);
  }

  /**
   * Every context, as {@code docker context ls} lists them: {@code default} first, then the stored
   * ones by name, the current one marked.
   */
  public List<DockerContext> list() {
    String current = current();
    List<DockerContext> contexts = new ArrayList<>();
    contexts.add(defaultContext().withCurrent(ContextNames.DEFAULT.equals(current)));
    storedContexts().stream()
        .sorted(Comparator.comparing(DockerContext::name))
        .map(context -> context.withCurrent(context.name().equals(current)))
        .forEach(contexts::add);
    return List.copyOf(contexts);
  }

  /** The names of every context, {@code default} first. */
  public List<String> names() {
    return list().stream().map(DockerContext::name).toList();
  }

  /** Whether a context of that name exists ({@code default} always does). */
  public boolean exists(String name) {
    return ContextNames.DEFAULT.equals(name) || Files.isRegularFile(metadataDirectory(name).resolve(MetaFile.FILE_NAME));
  }

  /**
   * One context, as {@code docker context inspect NAME} shows it.
   *
   * @throws EndpointResolutionException if there is no such context (the message lists those there
   *     are) or its files cannot be read
   */
  public DockerContext inspect(String name) {
    Objects.requireNonNull(name, "name");
    if (ContextNames.DEFAULT.equals(name)) {
      return defaultContext().withCurrent(ContextNames.DEFAULT.equals(current()));
    }
    if (!exists(name)) {
      throw notFound(name);
    }
    DockerContext context = MetaFile.read(metadataDirectory(name), tlsDirectory(name));
    if (!name.equals(context.name())) {
      throw new EndpointResolutionException("docker context file " + metadataDirectory(name).resolve(MetaFile.FILE_NAME)
          + " is stored for \"" + name + "\" but is named \"" + context.name() + "\"", List.of());
    }
    return context.withCurrent(name.equals(current()));
  }

  /**
   * Creates a context with a docker endpoint, as {@code docker context create NAME --docker
   * host=HOST,ca=…,cert=…,key=…,skip-tls-verify=…} does: the TLS files are copied into the store
   * (readable by their owner only).
   *
   * @param name the new context's name, by the CLI's rule ({@code ^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$},
   *     not {@code default})
   * @param host the engine's address: {@code tcp://HOST:PORT}, {@code unix:///PATH} or {@code ssh://…}
   * @param tls the TLS files to copy, or null; an encrypted key cannot be stored, as the CLI
   *     cannot read one
   * @param skipTlsVerify whether the engine's certificate is not checked
   * @param description the description, or null
   * @return the created context
   * @throws EndpointResolutionException if the name is invalid or taken, the host is not an engine
   *     address, or a TLS file cannot be read
   */
  public DockerContext create(String name, String host, TlsMaterial tls, boolean skipTlsVerify, String description) {
    ContextNames.checkCreatable(name);
    if (exists(name)) {
      throw new EndpointResolutionException("context \"" + name + "\" already exists", List.of());
    }
    checkHost(name, host);
    if (tls != null && tls.keyPassword() != null) {
      throw new EndpointResolutionException("cannot create context \"" + name + "\": the docker CLI's context store "
          + "cannot hold an encrypted key (" + tls.clientKey() + "); store the key decrypted", List.of());
    }
    Path metadataDirectory = metadataDirectory(name);
    Path tlsDirectory = tlsDirectory(name);
    try {
      // TLS files first: a context becomes visible only once its meta.json exists.
      if (tls != null) {
        Path endpointTls = tlsDirectory.resolve(MetaFile.ENDPOINT);
        StoreFiles.createDirectories(endpointTls, StoreFiles.PRIVATE_DIRECTORY);
        copyIfGiven(name, tls.caCertificate(), endpointTls.resolve(MetaFile.CA));
        copyIfGiven(name, tls.clientCertificate(), endpointTls.resolve(MetaFile.CERT));
        copyIfGiven(name, tls.clientKey(), endpointTls.resolve(MetaFile.KEY));
      }
      StoreFiles.createDirectories(metadataDirectory, StoreFiles.PUBLIC_DIRECTORY);
      SecureFiles.writeAtomically(metadataDirectory.resolve(MetaFile.FILE_NAME),
          MetaFile.render(name, host.trim(), skipTlsVerify, description), SecureFiles.PUBLIC);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(tlsDirectory);
      deleteQuietly(metadataDirectory);
      if (e instanceof EndpointResolutionException resolution) {
        throw resolution;
      }
      throw new EndpointResolutionException("cannot create context \"" + name + "\" in " + configDirectory + ": "
          + e.getMessage(), List.of());
    }
    LOG.info("Created docker context \"{}\" for {}", name, host.trim());
    return inspect(name);
  }

  /**
   * Replaces the TLS files of context {@code name} (after a renewal), keeping its host,
   * {@code SkipTLSVerify}, description and whether it is the current context. The new material is
   * checked completely before the old files are touched.
   *
   * @throws EndpointResolutionException if there is no such context
   * @throws TlsConfigurationException if the new material is incomplete or wrong
   */
  public DockerContext updateTls(String name, TlsMaterial tls) {
    DockerContext old = inspect(name);
    TlsContextFactory.check(tls, old.skipTlsVerify());
    boolean current = name.equals(configuredContext().orElse(null));
    remove(name, true);
    DockerContext updated = create(name, old.host(), tls, old.skipTlsVerify(), old.description());
    if (current) {
      use(name);
    }
    return updated;
  }

  /** Removes a context that is not the current one, as {@code docker context rm NAME}. */
  public void remove(String name) {
    remove(name, false);
  }

  /**
   * Removes a context and its TLS files, as {@code docker context rm [-f] NAME}. Forced, it removes
   * the current context too and, if {@code config.json} names it, makes {@code default} current.
   *
   * @throws EndpointResolutionException for {@code default}, a missing context, or the current
   *     context without {@code force}
   */
  public void remove(String name, boolean force) {
    Objects.requireNonNull(name, "name");
    if (ContextNames.DEFAULT.equals(name)) {
      throw new EndpointResolutionException("context \"default\" cannot be removed", List.of());
    }
    if (!exists(name)) {
      throw new EndpointResolutionException("context \"" + name + "\" does not exist", List.of());
    }
    if (!force && name.equals(current())) {
      throw new EndpointResolutionException(
          "context \"" + name + "\" is in use, remove it with force or use another context first", List.of());
    }
    if (config.currentContext().filter(name::equals).isPresent()) {
      config.setCurrentContext(null);
    }
    try {
      StoreFiles.deleteTree(tlsDirectory(name));
      StoreFiles.deleteTree(metadataDirectory(name));
    } catch (IOException e) {
      throw new EndpointResolutionException("cannot remove context \"" + name + "\" from " + configDirectory + ": "
          + e.getMessage(), List.of());
    }
    LOG.info("Removed docker context \"{}\"", name);
  }

  /**
   * Makes a context current, as {@code docker context use NAME}: sets {@code currentContext} in
   * {@code config.json}, keeping every other key; {@code default} removes the key.
   *
   * @throws EndpointResolutionException if there is no such context
   */
  public void use(String name) {
    Objects.requireNonNull(name, "name");
    if (!exists(name)) {
      throw notFound(name);
    }
    config.setCurrentContext(ContextNames.DEFAULT.equals(name) ? null : name);
    if (!env("DOCKER_HOST").isEmpty()) {
      LOG.warn("DOCKER_HOST environment variable overrides the active context. To use \"{}\", unset DOCKER_HOST "
          + "or pass the context explicitly", name);
    }
  }

  private DockerContext defaultContext() {
    String host = env("DOCKER_HOST");
    return new DockerContext(ContextNames.DEFAULT, DEFAULT_DESCRIPTION, host.isEmpty() ? DEFAULT_HOST : host, false,
        null, false, null);
  }

  private List<DockerContext> storedContexts() {
    Path meta = configDirectory.resolve("contexts").resolve("meta");
    if (!Files.isDirectory(meta)) {
      return List.of();
    }
    try (Stream<Path> directories = Files.list(meta)) {
      return directories
          .filter(directory -> Files.isRegularFile(directory.resolve(MetaFile.FILE_NAME)))
          .map(directory -> MetaFile.read(directory,
              configDirectory.resolve("contexts").resolve("tls").resolve(directory.getFileName())))
          .toList();
    } catch (IOException e) {
      throw new EndpointResolutionException("cannot list docker contexts in " + meta + ": " + e.getMessage(), List.of());
    }
  }

  private EndpointResolutionException notFound(String name) {
    return new EndpointResolutionException("docker context \"" + name + "\" not found: "
        + metadataDirectory(name).resolve(MetaFile.FILE_NAME) + " does not exist; the contexts in " + configDirectory
        + " are: " + String.join(", ", names()), List.of());
  }

  private static void checkHost(String name, String host) {
    String trimmed = host == null ? "" : host.trim();
    if (!(trimmed.startsWith("tcp://") || trimmed.startsWith("unix://") || trimmed.startsWith("ssh://"))
        || trimmed.indexOf("://") + 3 == trimmed.length()) {
      throw new EndpointResolutionException("cannot create context \"" + name + "\": host \"" + host
          + "\" is not an engine address (tcp://HOST:PORT, unix:///PATH or ssh://USER@HOST)", List.of());
    }
  }

  private static void copyIfGiven(String name, Path source, Path target) {
    if (source != null) {
      StoreFiles.copyPrivate(name, source, target);
    }
  }

  private static void deleteQuietly(Path directory) {
    try {
      StoreFiles.deleteTree(directory);
    } catch (IOException e) {
      LOG.warn("Could not clean up {} after a failed context creation: {}", directory, e.getMessage());
    }
  }

  private Path metadataDirectory(String name) {
    return configDirectory.resolve("contexts").resolve("meta").resolve(ContextNames.directoryName(name));
  }

  private Path tlsDirectory(String name) {
    return configDirectory.resolve("contexts").resolve("tls").resolve(ContextNames.directoryName(name));
  }

  private String env(String name) {
    String value = environment.get(name);
    return value == null ? "" : value.trim();
  }
}
