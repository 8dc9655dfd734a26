package dev.phoenix.core.engine.internal.image;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.phoenix.api.compose.BuildSpec;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.api.deploy.DeployOptions;
import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.api.deploy.DeploymentException;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.ImageUnavailableException;
import dev.phoenix.api.deploy.PullPolicy;
import dev.phoenix.api.deploy.UnsupportedKey;
import dev.phoenix.core.engine.internal.ComposeNames;
import dev.phoenix.core.engine.internal.connect.EngineAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the image each service runs is in the engine, pulling or building it as the
 * service's pull policy says, and answers its local image ID.
 *
 * <p>One provider serves one deployment. It is thread-safe: services are handled in parallel, and
 * a reference several services need is pulled or built once per provider, the others waiting for
 * that result (a failure too is shared, each service getting its own exception naming it).
 *
 * <p>Events: {@code PULLING} (then progress, at most about one a second per image), {@code
 * PULLED}; {@code BUILDING} (each Dockerfile step, other output throttled), {@code BUILT};
 * {@code WARNING} for a Compose pull policy Phoenix reads as {@code missing}.
 */
public final class ImageProvider {
  private static final Logger LOG = LoggerFactory.getLogger(ImageProvider.class);

  private final DockerClient docker;
  private final String stack;
  private final ImageEvents events;
  private final ImagePuller puller;
  private final ImageBuilder builder;
  private final ConcurrentMap<String, CompletableFuture<String>> work = new ConcurrentHashMap<>();
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /**
   * @param docker the engine; not closed
   * @param stack the stack's name, for events and errors
   * @param listener receives the image events
   */
  public ImageProvider(DockerClient docker, String stack, DeploymentListener listener) {
    this.docker = Objects.requireNonNull(docker, "docker");
    this.stack = Objects.requireNonNull(stack, "stack");
    this.events = new ImageEvents(stack, Objects.requireNonNull(listener, "listener"));
    this.puller = new ImagePuller(docker, events);
    this.builder = new ImageBuilder(docker, events);
  }

  /**
   * The pull policy that applies to {@code service}: the options' override, else the service's
   * {@code pull_policy}, else {@code missing}. Compose's periodic policies ({@code daily},
   * {@code weekly}, {@code every_<duration>}) count as {@code missing}: Phoenix keeps no record of
   * when an image was last pulled. Pure; {@link #policy} also warns about the periodic ones.
   *
   * @throws IllegalArgumentException for a {@code pull_policy} Compose does not know
   */
  public static PullPolicy effectivePolicy(ServiceSpec service, DeployOptions options) {
    if (options != null && options.pullPolicy() != null) {
      return options.pullPolicy();
    }
    String value = service.pullPolicy();
    if (value == null || value.isBlank() || isPeriodic(value)) {
      return PullPolicy.MISSING;
    }
    return PullPolicy.fromValue(value.strip());
  }

  /**
   * {@link #effectivePolicy}, sending a {@code WARNING} event the first time a service's periodic
   * policy is read as {@code missing}.
   *
   * @throws DeploymentException for a {@code pull_policy} Compose does not know
   */
  public PullPolicy policy(ServiceSpec service, DeployOptions options) {
    PullPolicy policy;
    try {
      policy = effectivePolicy(service, options);
    } catch (IllegalArgumentException e) {
      throw new DeploymentException(stack, "service " + service.name() + ": " + e.getMessage());
    }
    boolean overridden = options != null && options.pullPolicy() != null;
    if (!overridden && service.pullPolicy() != null && isPeriodic(service.pullPolicy())
        && warned.add(service.name())) {
      events.emit(DeploymentEvent.Type.WARNING, ComposeNames.image(stack, service), service.name(),
          "pull_policy " + service.pullPolicy() + " is treated as missing: Phoenix does not track when an image"
              + " was last pulled");
    }
    return policy;
  }

  /**
   * The keys of {@code service}'s {@code build} section the classic builder API cannot apply, so
   * that the plan names them; empty without a {@code build} section.
   */
  public static List<UnsupportedKey> unsupportedBuildKeys(ServiceSpec service) {
    return BuildSupport.unsupportedKeys(service);
  }

  /** {@link #ensure(ServiceSpec, String, PullPolicy, Optional, List)} with nothing done before. */
  public String ensure(ServiceSpec service, String reference, PullPolicy policy, Optional<String> localId) {
    return ensure(service, reference, policy, localId, List.of());
  }

  /**
   * Makes sure {@code reference} is in the engine as {@code policy} says and returns its local
   * image ID ({@code sha256:…}).
   *
   * <ul>
   *   <li>{@code missing}: the present image as it is, without a single engine call; an absent one
   *       is built when the service has a {@code build} section, else pulled;
   *   <li>{@code always}: pulled, even when present; when the pull fails and the service has a
   *       {@code build} section it is built instead, as Compose does;
   *   <li>{@code never}: the present image; an absent one is an error;
   *   <li>{@code build}: built, even when present.
   * </ul>
   *
   * @param service the service that needs the image
   * @param reference the image reference ({@link ComposeNames#image})
   * @param policy the pull policy ({@link #policy})
   * @param localId the image's local ID when the caller has seen it present, else empty
   * @param completed what the deployment had done before, for the message of a failure
   * @throws ImageUnavailableException when the image cannot be pulled or built, naming the image
   *     and quoting the registry's, engine's or builder's answer
   * @throws DeploymentException when the thread is interrupted (its interrupt flag set again)
   */
  public String ensure(ServiceSpec service, String reference, PullPolicy policy, Optional<String> localId,
      List<String> completed) {
    Objects.requireNonNull(policy, "policy");
    boolean reuse = policy == PullPolicy.MISSING || policy == PullPolicy.NEVER;
    if (reuse && localId.isPresent()) {
      return localId.get();
    }
    if (policy == PullPolicy.NEVER) {
      throw new ImageUnavailableException(stack, service.name(), reference,
          "the image is missing and the pull policy is never", completed, null);
    }
    CompletableFuture<String> mine = new CompletableFuture<>();
    CompletableFuture<String> running = work.putIfAbsent(reference, mine);
    if (running == null) {
      running = mine;
      try {
        mine.complete(fetch(service, reference, policy));
      } catch (InterruptedException | RuntimeException e) {
        // Every service waiting on this reference gets the failure, each in its own words.
        mine.completeExceptionally(e);
      }
    }
    return await(running, service.name(), reference, completed);
  }

  private String await(CompletableFuture<String> result, String service, String reference, List<String> completed) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted(service, reference, completed, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ImageFailure failure) {
        throw new ImageUnavailableException(stack, service, reference, failure.answer(), completed,
            failure.getCause());
      }
      if (cause instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        throw interrupted(service, reference, completed, cause);
      }
      if (cause instanceof DeploymentException deployment) {
        throw deployment;
      }
      throw new ImageUnavailableException(stack, service, reference, EngineAnswer.of(cause), completed, cause);
    }
  }

  private DeploymentException interrupted(String service, String reference, List<String> completed, Throwable e) {
    return new DeploymentException(stack, "image " + reference + " for service " + service,
        "interrupted while the image was pulled or built", completed, e);
  }

  /** Pulls or builds as {@code policy} says; the image is known to be wanted anew. */
  private String fetch(ServiceSpec service, String reference, PullPolicy policy) throws InterruptedException {
    BuildSpec build = service.build();
    switch (policy) {
      case BUILD -> {
        if (build == null) {
          throw new ImageFailure("the pull policy is build but the service has no build section", null);
        }
        return buildImage(service.name(), reference, build);
      }
      case MISSING -> {
        if (build != null) {
          return buildImage(service.name(), reference, build);
        }
        return pullImage(service, reference);
      }
      case ALWAYS -> {
        if (build == null) {
          return pullImage(service, reference);
        }
        try {
          return pullImage(service, reference);
        } catch (ImageFailure e) {
          events.emit(DeploymentEvent.Type.WARNING, reference, service.name(),
              "pull failed (" + e.answer() + "); building the image instead");
          return buildImage(service.name(), reference, build);
        }
      }
      default -> throw new IllegalStateException("a present image is reused under " + policy);
    }
  }

  private String pullImage(ServiceSpec service, String reference) throws InterruptedException {
    String status = puller.pull(service.name(), reference, service.platform());
    String id = localId(reference, "the pull finished but the engine has no image " + reference);
    LOG.debug("stack {}: pulled {} for service {} as {}", stack, reference, service.name(), id);
    events.emit(DeploymentEvent.Type.PULLED, reference, service.name(), status == null ? id : status);
    return id;
  }

  private String buildImage(String service, String reference, BuildSpec build) throws InterruptedException {
    builder.build(service, reference, build);
    String id = localId(reference, "the build finished but the engine has no image " + reference);
    LOG.debug("stack {}: built {} for service {} as {}", stack, reference, service, id);
    events.emit(DeploymentEvent.Type.BUILT, reference, service, id);
    return id;
  }

  private String localId(String reference, String whenMissing) {
    try {
      return docker.inspectImageCmd(reference).exec().getId();
    } catch (NotFoundException e) {
      throw new ImageFailure(whenMissing, e);
    } catch (RuntimeException e) {
      throw new ImageFailure(EngineAnswer.of(e), e);
    }
  }

  private static boolean isPeriodic(String value) {
    String policy = value.strip().toLowerCase(Locale.ROOT);
    return policy.equals("daily") || policy.equals("weekly") || policy.startsWith("every_");
  }

  /** The keys of a {@code build} section the classic builder cannot apply. */
  private static final class BuildSupport {
    private static final String BUILDKIT = "needs BuildKit; the engine's classic builder API has no such option";

    static List<UnsupportedKey> unsupportedKeys(ServiceSpec service) {
      BuildSpec build = service.build();
      List<UnsupportedKey> keys = new ArrayList<>();
      if (build == null) {
        return keys;
      }
      String name = service.name();
      add(keys, name, "build.ssh", !build.ssh().isEmpty(), BUILDKIT);
      add(keys, name, "build.secrets", !build.secrets().isEmpty(), BUILDKIT);
      add(keys, name, "build.cache_to", !build.cacheTo().isEmpty(), BUILDKIT);
      add(keys, name, "build.no_cache_filter", !build.noCacheFilter().isEmpty(), BUILDKIT);
      add(keys, name, "build.additional_contexts", !build.additionalContexts().isEmpty(), BUILDKIT);
      add(keys, name, "build.entitlements", !build.entitlements().isEmpty(), BUILDKIT);
      add(keys, name, "build.provenance", build.provenance() != null, BUILDKIT);
      add(keys, name, "build.sbom", build.sbom() != null, BUILDKIT);
      add(keys, name, "build.privileged", build.privileged(), BUILDKIT);
      add(keys, name, "build.platforms", !build.platforms().isEmpty(),
          "multi-platform builds need BuildKit; the image is built for the engine's platform");
      add(keys, name, "build.ulimits", !build.ulimits().isEmpty(), "docker-java's build API cannot pass ulimits");
      add(keys, name, "build.isolation", build.isolation() != null, "Windows engines only");
      return keys;
    }

    private static void add(List<UnsupportedKey> keys, String service, String key, boolean set, String reason) {
      if (set) {
        keys.add(new UnsupportedKey(service, key, reason));
      }
    }
  }
}
