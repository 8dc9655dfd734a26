package dev.phoenix.api.deploy;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.endpoint.DockerEndpoint;
import dev.phoenix.api.spi.DeploymentTargetProvider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Somewhere stacks run: a Docker engine, a Swarm, a Portainer server. Every kind implements the
 * same contract, so {@link StackDeployer} works the same on all of them. Implementations are
 * thread-safe and found with {@link ServiceLoader} through {@link DeploymentTargetProvider}.
 *
 * <pre>{@code
 * try (DeploymentTarget engine = DeploymentTarget.docker()) {   // DOCKER_HOST or the default socket
 *     System.out.println(engine.list());
 * }
 * }</pre>
 */
public interface DeploymentTarget extends AutoCloseable {

  /** The target described for people, with its address ({@code docker engine unix:///var/run/docker.sock}). */
  String describe();

  /**
   * What deploying {@code stack} would do. Reads the target, changes nothing.
   *
   * @throws DeploymentException when the stack cannot be deployed here as it stands (an external
   *     network missing, a dependency cycle)
   * @throws EngineUnreachableException when the target does not answer
   */
  Plan plan(Stack stack, DeployOptions options);

  /**
   * Brings the target to {@code stack}: plans afresh, applies the plan, and with
   * {@link DeployOptions#waitTimeout()} waits for every service to be healthy or running.
   *
   * @throws DeploymentException when a step fails; it says what had already been done
   * @throws EngineUnreachableException when the target does not answer
   */
  DeploymentResult apply(Stack stack, DeployOptions options, DeploymentListener listener);

  /** What the target holds for the stack named {@code stack}, from labels alone; empty if nothing. */
  StackStatus status(String stack);

  /**
   * Takes the stack named {@code stack} down: its containers and its non-external networks, and
   * with {@link RemoveOptions#removeVolumes()} its volumes. Removing a stack that is not there
   * does nothing.
   */
  RemovalResult remove(String stack, RemoveOptions options, DeploymentListener listener);

  /** Every stack the target holds, Phoenix's or not, by name. */
  List<StackSummary> list();

  /**
   * The registry digest ({@code sha256:...}) of {@code image} as this target would run it, for
   * pinning a service to {@code repository@sha256:...}: the digest under which {@code image}'s
   * repository knows the image the target holds for that reference.
   *
   * <ul>
   *   <li>A reference that carries a digest ({@code redis:7@sha256:...}) gives that digest; the
   *       target is not asked.
   *   <li>An image the target does not hold is pulled first, as a deployment with the pull policy
   *       {@code missing} would pull it. A held image is not pulled again, even when its tag has
   *       since moved in the registry: the digest is the one of the image that would run.
   *   <li>Empty when the target records no digest from {@code image}'s repository for the image:
   *       one built on the target and never pushed or pulled has none. The repository is compared
   *       as Docker normalizes it ({@code busybox} is {@code docker.io/library/busybox}), the tag
   *       set aside.
   * </ul>
   *
   * <pre>{@code
   * Optional<String> digest = engine.imageDigest("127.0.0.1:5000/team/app:1");
   * String pinned = digest.map(d -> "127.0.0.1:5000/team/app@" + d).orElse("127.0.0.1:5000/team/app:1");
   * }</pre>
   *
   * <p>This default throws: a kind of target that can look up digests overrides it.
   *
   * @param image an image reference as a Compose file gives it ({@code redis:7},
   *     {@code 127.0.0.1:5000/team/app:1}, {@code app@sha256:...})
   * @return the digest, or empty when the image has none from its repository
   * @throws ImageUnavailableException when the target does not hold the image and cannot pull it;
   *     it names the image and quotes the registry's or the engine's answer
   * @throws EngineUnreachableException when the target does not answer
   * @throws PhoenixException when this kind of target cannot look up image digests, or
   *     {@code image} is not an image reference
   */
  default Optional<String> imageDigest(String image) {
    throw new PhoenixException(describe() + ": this kind of target cannot look up image digests");
  }

  /** Releases the connection. A target handed a client by its caller leaves that client open. */
  @Override
  void close();

  /**
   * The Docker engine this process's environment names: {@code DOCKER_HOST}, else the default
   * socket. Needs phoenix-core on the class path.
   */
  static DeploymentTarget docker() {
    return open("docker", null, System.getenv());
  }

  /**
   * The Docker engine at {@code host} ({@code unix:///var/run/docker.sock}, {@code tcp://127.0.0.1:2375}).
   * Needs phoenix-core on the class path.
   */
  static DeploymentTarget docker(String host) {
    return open("docker", host, System.getenv());
  }

  /**
   * The Docker engine at a resolved endpoint, TLS included ({@code TlsContextFactory} and the
   * endpoint resolver in phoenix-core make one from a docker CLI context or the environment).
   * Needs phoenix-core on the class path.
   */
  static DeploymentTarget docker(DockerEndpoint endpoint) {
    for (DeploymentTargetProvider provider
        : ServiceLoader.load(DeploymentTargetProvider.class, DeploymentTarget.class.getClassLoader())) {
      if (provider.kind().equals("docker")) {
        return provider.open(endpoint);
      }
    }
    throw new PhoenixException("no deployment target of kind \"docker\" on the class path: add the dependency"
        + " dev.phoenix:phoenix-core");
  }

  /**
   * A target of the given kind from the first provider on the class path that offers it.
   *
   * @param kind the kind of target ({@code docker})
   * @param address its address, or null for the kind's default
   * @param environment the environment to read defaults from ({@code DOCKER_HOST})
   * @throws PhoenixException when no provider offers that kind
   */
  static DeploymentTarget open(String kind, String address, Map<String, String> environment) {
    for (DeploymentTargetProvider provider
        : ServiceLoader.load(DeploymentTargetProvider.class, DeploymentTarget.class.getClassLoader())) {
      if (provider.kind().equals(kind)) {
        return provider.open(address, environment);
      }
    }
    throw new PhoenixException("no deployment target of kind \"" + kind + "\" on the class path"
        + ("docker".equals(kind) ? ": add the dependency dev.phoenix:phoenix-core" : ""));
  }
}
