package dev.phoenix.core.compose.rewrite;

import dev.phoenix.api.compose.ComposeRewriteException;
import dev.phoenix.core.compose.document.ComposeDocument;
import dev.phoenix.core.compose.document.YamlNode;
import dev.phoenix.core.compose.rewrite.internal.Healthchecks;
import dev.phoenix.core.compose.rewrite.internal.NetworkAttachment;
import dev.phoenix.core.compose.rewrite.internal.Paths;
import dev.phoenix.core.compose.rewrite.internal.ServiceSettings;
import dev.phoenix.core.compose.rewrite.internal.TraefikLabels;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Pure, composable rewrites of a Compose file. Each call returns a new rewriter with one more
 * transform; only {@link #apply()} computes, on the {@link ComposeDocument} given to
 * {@link #of(ComposeDocument)}, and every edit is a minimal text patch in the file's own style.
 *
 * <pre>{@code
 * ComposeDocument rewritten = ComposeRewriter.of(document)
 *     .traefik("web", route -> route.host("shop.example.com").port(8080)
 *                                   .entrypoint("websecure").certResolver("le").network("traefik"))
 *     .label("web", "team", "shop")
 *     .excludeFromUpdates("db")
 *     .apply();
 * }</pre>
 *
 * <p>Values are checked when a transform is added (a negative CPU count, a malformed digest), and
 * the services named are checked against the file before any transform runs, so an error never
 * leaves a half-rewritten document. Errors are {@link ComposeRewriteException}s naming the service.
 * Immutable and thread-safe.
 */
public final class ComposeRewriter {
  private record Step(String service, UnaryOperator<ComposeDocument> edit) {
  }

  private final ComposeDocument document;
  private final String project;
  private final List<Step> steps;

  private ComposeRewriter(ComposeDocument document, String project, List<Step> steps) {
    this.document = document;
    this.project = project;
    this.steps = List.copyOf(steps);
  }

  /** A rewriter of {@code document} with no transforms yet. */
  public static ComposeRewriter of(ComposeDocument document) {
    return new ComposeRewriter(Objects.requireNonNull(document, "document"), null, List.of());
  }

  /**
   * The project or stack name Traefik router names start with ({@code <project>-<service>});
   * without it, the file's top-level {@code name:} is used, and without that the service name alone.
   */
  public ComposeRewriter project(String name) {
    return new ComposeRewriter(document, Objects.requireNonNull(name, "project"), steps);
  }

  /**
   * Routes Traefik to {@code service}: {@code traefik.enable=true}, the router's rule, entrypoints,
   * TLS, middlewares and service port as labels, and the route's proxy network attached. Fails when
   * another service already defines the router or service name.
   */
  public ComposeRewriter traefik(String service, UnaryOperator<TraefikRoute> route) {
    TraefikRoute built = Objects.requireNonNull(route.apply(TraefikRoute.create()), "route");
    return then(service, d -> TraefikLabels.apply(d, service, built, projectName(d)));
  }

  /** Sets a label, in the file's list or map style. */
  public ComposeRewriter label(String service, String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    return then(service, d -> d.putEntry(Paths.service(service, "labels"), key, value));
  }

  /** Removes a label; a service without it is left as it is. */
  public ComposeRewriter removeLabel(String service, String key) {
    Objects.requireNonNull(key, "key");
    return then(service, d -> d.removeEntry(Paths.service(service, "labels"), key));
  }

  /** Sets an environment variable, in the file's list or map style. */
  public ComposeRewriter environment(String service, String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    return then(service, d -> d.putEntry(Paths.service(service, "environment"), name, value));
  }

  /** Declares a top-level secret from {@code source} (if not declared yet) and grants it to the service. */
  public ComposeRewriter secret(String service, String name, SecretSource source) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    return then(service, d -> ServiceSettings.secret(d, service, name, source));
  }

  /**
   * Attaches the service to {@code network}, declared at the top level (as {@code external: true}
   * when {@code external}) if the file does not declare it yet. A service that had no
   * {@code networks} keeps {@code default}.
   */
  public ComposeRewriter attachNetwork(String service, String network, boolean external) {
    Objects.requireNonNull(network, "network");
    return then(service, d -> NetworkAttachment.attach(d, service, network, external));
  }

  /** Sets {@code deploy.resources.limits}: CPUs ({@code 0.5}) and memory ({@code 512m}). */
  public ComposeRewriter limits(String service, double cpus, String memory) {
    String cpuText = ServiceSettings.cpus(service, cpus);
    String memoryText = ServiceSettings.memory(service, memory);
    return then(service, d -> ServiceSettings.resources(d, service, "limits", cpuText, memoryText));
  }

  /** Sets {@code deploy.resources.reservations}: CPUs and memory. */
  public ComposeRewriter reservations(String service, double cpus, String memory) {
    String cpuText = ServiceSettings.cpus(service, cpus);
    String memoryText = ServiceSettings.memory(service, memory);
    return then(service, d -> ServiceSettings.resources(d, service, "reservations", cpuText, memoryText));
  }

  /** Applies the hardening preset, configured by {@code preset}; see {@link HardeningPreset}. */
  public ComposeRewriter harden(String service, UnaryOperator<HardeningPreset> preset) {
    HardeningPreset built = Objects.requireNonNull(preset.apply(HardeningPreset.create()), "preset");
    return then(service, d -> ServiceSettings.harden(d, service, built));
  }

  /** Reserves {@code count} NVIDIA GPUs. */
  public ComposeRewriter gpu(String service, int count) {
    return gpu(service, String.valueOf(count));
  }

  /** Reserves NVIDIA GPUs: a positive count or {@code all}. */
  public ComposeRewriter gpu(String service, String count) {
    String checked = ServiceSettings.gpuCount(service, Objects.requireNonNull(count, "count"));
    return then(service, d -> ServiceSettings.gpu(d, service, checked));
  }

  /**
   * Keeps image updaters away from the service: {@code com.centurylinklabs.watchtower.enable=false}
   * for Watchtower and {@code komodo.skip} for Komodo (which checks only that the key is present).
   */
  public ComposeRewriter excludeFromUpdates(String service) {
    return label(service, "com.centurylinklabs.watchtower.enable", "false").label(service, "komodo.skip", "true");
  }

  /** Sets the healthcheck: {@code test} run by the container's shell, with interval, timeout and retries. */
  public ComposeRewriter healthcheck(String service, String test, Duration interval, Duration timeout, int retries) {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(timeout, "timeout");
    Healthchecks.check(service, test, interval, timeout, retries);
    return then(service, d -> Healthchecks.apply(d, service, test, interval, timeout, retries));
  }

  /** Sets the restart policy: {@code no}, {@code always}, {@code unless-stopped} or {@code on-failure[:N]}. */
  public ComposeRewriter restart(String service, String policy) {
    String checked = ServiceSettings.restartPolicy(service, policy);
    return then(service, d -> d.set(Paths.service(service, "restart"), checked));
  }

  /** Pins the image to {@code digest} ({@code sha256:} and 64 hex digits), replacing any digest it had. */
  public ComposeRewriter pinImage(String service, String digest) {
    String checked = ServiceSettings.digest(service, digest);
    return then(service, d -> ServiceSettings.pinImage(d, service, checked));
  }

  /**
   * Runs the transforms in order and returns the rewritten document; the document given to
   * {@link #of(ComposeDocument)} is unchanged.
   *
   * @throws ComposeRewriteException when a service is unknown or a transform is refused
   */
  public ComposeDocument apply() {
    for (Step step : steps) {
      Paths.requireService(document, step.service());
    }
    ComposeDocument result = document;
    for (Step step : steps) {
      result = step.edit().apply(result);
    }
    return result;
  }

  private ComposeRewriter then(String service, UnaryOperator<ComposeDocument> edit) {
    Objects.requireNonNull(service, "service");
    List<Step> more = new ArrayList<>(steps);
    more.add(new Step(service, edit));
    return new ComposeRewriter(document, project, more);
  }

  private String projectName(ComposeDocument current) {
    return project != null ? project : current.at("name").flatMap(YamlNode::value).orElse(null);
  }
}
