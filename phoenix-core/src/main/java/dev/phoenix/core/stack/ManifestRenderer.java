package dev.phoenix.core.stack;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.ComposeRewriteException;
import dev.phoenix.api.stack.GpuReservation;
import dev.phoenix.api.stack.Hardening;
import dev.phoenix.api.stack.ManifestException;
import dev.phoenix.api.stack.ManifestHealthcheck;
import dev.phoenix.api.stack.ManifestNetwork;
import dev.phoenix.api.stack.SecretRef;
import dev.phoenix.api.stack.ServiceManifest;
import dev.phoenix.api.stack.StackManifest;
import dev.phoenix.api.stack.TraefikRoute;
import dev.phoenix.api.stack.UpdatePolicy;
import dev.phoenix.core.compose.document.ComposeDocument;
import dev.phoenix.core.compose.document.YamlNode;
import dev.phoenix.core.compose.rewrite.ComposeRewriter;
import dev.phoenix.core.compose.rewrite.HardeningPreset;
import dev.phoenix.core.compose.rewrite.SecretSource;
import dev.phoenix.core.compose.rewrite.internal.Healthchecks;
import dev.phoenix.core.compose.rewrite.internal.Paths;
import dev.phoenix.core.compose.rewrite.internal.ServiceSettings;
import dev.phoenix.core.stack.internal.ServiceEdits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a stack manifest ({@code phoenix.json}) to its compose file: each manifest key becomes a
 * {@link ComposeRewriter} transform (or, for what the rewriter does not cover, an edit written the
 * same way), so the result keeps the user's comments, order and style.
 *
 * <pre>{@code
 * ComposeDocument rendered = ManifestRenderer.render(ComposeDocument.read(file), StackManifests.read(json));
 * RenderedStack stack = ManifestRenderer.render(discoveredStack);   // rendered text and loaded project
 * }</pre>
 *
 * <p>What each key becomes:
 * <ul>
 *   <li>{@code networks}: each network declared at the top level unless the file declares it
 *       (an external one as {@code external: true}); a file declaring it the other way is an error;
 *   <li>a service's {@code traefik}: the rewriter's Traefik labels, router names starting with the
 *       stack's name, on the route's network or else {@code traefik} (attached, declared external
 *       when nothing declares it);
 *   <li>{@code labels}, {@code environment}: set in the file's list or map style;
 *   <li>{@code networks}: attached; a network neither the manifest nor the file declares is an error;
 *   <li>{@code secrets}: {@code env:NAME} declares a top-level secret {@code environment: NAME},
 *       {@code file:/path} one with {@code file: /path}; other schemes are resolved only at apply
 *       time and cannot be rendered into a file, so they are an error here;
 *   <li>{@code updates} (the service's, else the stack's, on every service of the file):
 *       {@code exclude} adds the Watchtower and Komodo labels, {@code include} removes them;
 *   <li>{@code hardening}, {@code resources}, {@code gpu}, {@code healthcheck} (engine defaults
 *       30s, 30s and 3 written for a missing interval, timeout and retries), {@code restart};
 *   <li>{@code pinDigest}: the manifest gives no digest, so pinning needs an engine to look the
 *       image up; the renderer pins only with digests given to it and otherwise leaves the image
 *       as it is and lists the service in {@link #digestsToLookUp(ComposeDocument, StackManifest)}.
 * </ul>
 * An empty manifest returns the document unchanged. Stateless and thread-safe.
 */
public final class ManifestRenderer {
  /** The network a Traefik route uses when the manifest names none. */
  public static final String DEFAULT_PROXY_NETWORK = "traefik";

  private static final Duration DEFAULT_HEALTH_INTERVAL = Duration.ofSeconds(30);
  private static final Duration DEFAULT_HEALTH_TIMEOUT = Duration.ofSeconds(30);
  private static final int DEFAULT_HEALTH_RETRIES = 3;
  private static final List<String> UPDATE_LABELS = List.of("com.centurylinklabs.watchtower.enable", "komodo.skip");

  private ManifestRenderer() {
  }

  /**
   * {@code compose} with {@code manifest} applied; Traefik router names start with the manifest's
   * {@code name}, else the file's own {@code name:}.
   *
   * @throws ComposeRewriteException when the manifest names a service the file lacks, or a transform is refused
   * @throws ManifestException when a network is declared differently by the file and the manifest,
   *     or a service uses a network that nothing declares
   */
  public static ComposeDocument render(ComposeDocument compose, StackManifest manifest) {
    return render(compose, manifest, manifest.name(), Map.of());
  }

  /**
   * As {@link #render(ComposeDocument, StackManifest)}, with router names starting with
   * {@code stackName} (when not null) and images of {@code pinDigest} services pinned to the digests
   * given by service name ({@code sha256:...}).
   */
  public static ComposeDocument render(ComposeDocument compose, StackManifest manifest, String stackName,
      Map<String, String> digests) {
    Objects.requireNonNull(compose, "compose");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(digests, "digests");
    if (manifest.isEmpty()) {
      return compose;
    }
    List<String> services = Paths.services(compose);
    for (String service : manifest.services().keySet()) {
      if (!services.contains(service)) {
        throw new ComposeRewriteException(service, "named in the stack manifest ($.services." + service
            + "), but " + compose.fileName() + " has no such service"
            + (services.isEmpty() ? "" : "; its services are " + String.join(", ", services)));
      }
    }
    ComposeDocument declared = declareNetworks(compose, manifest);
    ComposeRewriter rewriter = ComposeRewriter.of(declared);
    if (stackName != null) {
      rewriter = rewriter.project(stackName);
    }
    for (Map.Entry<String, ServiceManifest> entry : manifest.services().entrySet()) {
      rewriter = rewrite(rewriter, declared, manifest, entry.getKey(), entry.getValue(), digests);
    }
    for (String service : services) {
      rewriter = updates(rewriter, service, manifest.updatesOf(service));
    }
    ComposeDocument result = rewriter.apply();
    for (Map.Entry<String, ServiceManifest> entry : manifest.services().entrySet()) {
      result = edit(result, entry.getKey(), entry.getValue());
    }
    return result;
  }

  /**
   * The services of {@code compose} whose manifest asks for {@code pinDigest} while their image has
   * no digest: pinning them needs the digest from an engine or registry, which the caller looks up.
   */
  public static List<String> digestsToLookUp(ComposeDocument compose, StackManifest manifest) {
    List<String> services = new ArrayList<>();
    manifest.services().forEach((service, serviceManifest) -> {
      boolean pinned = compose.at(Paths.service(service, "image")).flatMap(YamlNode::value)
          .filter(image -> image.contains("@")).isPresent();
      if (serviceManifest.pinDigest() && !pinned) {
        services.add(service);
      }
    });
    return List.copyOf(services);
  }

  /** Renders {@code stack} with this process's environment; see {@link #render(DiscoveredStack, Map, Map)}. */
  public static RenderedStack render(DiscoveredStack stack) {
    return render(stack, System.getenv(), Map.of());
  }

  /**
   * Reads the stack's compose file, applies its manifest (router names start with the stack's
   * name; images pinned where {@code digests} has the service), and loads the rendered text as the
   * stack's project: in its directory, under its name, with its {@code .env} and variables looked up
   * as {@link DiscoveredStack#load(Map)} looks them up.
   *
   * @throws PhoenixException when the stack is broken, the compose file cannot be read, the manifest
   *     cannot be applied, or the rendered file does not load
   */
  public static RenderedStack render(DiscoveredStack stack, Map<String, String> processEnvironment,
      Map<String, String> digests) {
    if (stack.isBroken()) {
      throw new PhoenixException("stack " + stack.name() + " in " + stack.directory() + " cannot be rendered: "
          + String.join("; ", stack.problems()));
    }
    ComposeDocument original = ComposeDocument.read(stack.composeFile());
    ComposeDocument rendered = render(original, stack.manifest(), stack.name(), digests);
    // Loaded from text, the project would name no file; it was rendered from the stack's compose
    // file, which is what its labels record and what sync's prune recognises as this directory's.
    ComposeProject project = stack.loader(processEnvironment)
        .content(stack.composeFile().toString(), rendered.text())
        .load().toBuilder()
        .composeFiles(List.of(stack.composeFile().toAbsolutePath().normalize()))
        .build();
    return new RenderedStack(stack.name(), stack.directory(), rendered.text(), project, stack.manifest(),
        digestsToLookUp(rendered, stack.manifest()));
  }

  /** The rewriter's preset for a manifest's {@code hardening}: one hardening for both. */
  private static HardeningPreset preset(Hardening hardening) {
    HardeningPreset preset = HardeningPreset.create()
        .noNewPrivileges(hardening.noNewPrivileges())
        .readOnly(hardening.readOnly())
        .keepCapabilities(hardening.keepCapabilities().toArray(String[]::new))
        .writablePaths(hardening.tmpfs().toArray(String[]::new));
    return hardening.user() == null ? preset : preset.user(hardening.user());
  }

  private static ComposeDocument declareNetworks(ComposeDocument compose, StackManifest manifest) {
    ComposeDocument result = compose;
    for (Map.Entry<String, ManifestNetwork> entry : manifest.networks().entrySet()) {
      String key = entry.getKey();
      ManifestNetwork network = entry.getValue();
      Optional<YamlNode> existing = compose.at("networks", key);
      if (existing.isPresent()) {
        boolean external = existing.get().get("external").flatMap(YamlNode::value).equals(Optional.of("true"));
        if (external != network.external()) {
          throw new ManifestException(null, "$.networks." + key, "network " + key + " is "
              + (network.external() ? "external" : "not external") + " in the manifest but "
              + (external ? "external" : "not external") + " in " + compose.fileName());
        }
        continue;
      }
      if (network.external()) {
        result = result.set(List.of("networks", key, "external"), true);
      }
      if (network.name() != null) {
        result = result.set(List.of("networks", key, "name"), network.name());
      }
      if (!network.external() && network.name() == null) {
        result = result.setFlow(List.of("networks", key), "{}");
      }
    }
    return result;
  }

  private static ComposeRewriter rewrite(ComposeRewriter rewriter, ComposeDocument compose, StackManifest manifest,
      String service, ServiceManifest wanted, Map<String, String> digests) {
    ComposeRewriter result = rewriter;
    if (wanted.traefik() != null) {
      TraefikRoute route = wanted.traefik();
      result = result.traefik(service, built -> traefikRoute(built, route));
    }
    for (Map.Entry<String, String> label : wanted.labels().entrySet()) {
      result = result.label(service, label.getKey(), label.getValue());
    }
    for (Map.Entry<String, String> variable : wanted.environment().entrySet()) {
      result = result.environment(service, variable.getKey(), variable.getValue());
    }
    for (String network : wanted.networks()) {
      result = result.attachNetwork(service, network, external(compose, manifest, service, network));
    }
    for (Map.Entry<String, SecretRef> secret : wanted.secrets().entrySet()) {
      result = result.secret(service, secret.getKey(), source(service, secret.getKey(), secret.getValue()));
    }
    GpuReservation gpu = wanted.gpu();
    if (gpu != null && ServiceEdits.isPlainNvidia(gpu)) {
      result = result.gpu(service, gpu.count() == null ? "all" : String.valueOf(gpu.count()));
    }
    ManifestHealthcheck check = wanted.healthcheck();
    if (check != null) {
      result = result.healthcheck(service, check.command(), orElse(check.interval(), DEFAULT_HEALTH_INTERVAL),
          orElse(check.timeout(), DEFAULT_HEALTH_TIMEOUT), check.retries() == null ? DEFAULT_HEALTH_RETRIES
              : check.retries());
    }
    if (wanted.restart() != null) {
      result = result.restart(service, wanted.restart());
    }
    if (wanted.pinDigest() && digests.containsKey(service)) {
      result = result.pinImage(service, digests.get(service));
    }
    return result;
  }

  private static dev.phoenix.core.compose.rewrite.TraefikRoute traefikRoute(
      dev.phoenix.core.compose.rewrite.TraefikRoute start, TraefikRoute route) {
    dev.phoenix.core.compose.rewrite.TraefikRoute built = start;
    for (String host : route.allHosts()) {
      built = built.host(host);
    }
    if (route.pathPrefix() != null) {
      built = built.pathPrefix(route.pathPrefix());
    }
    for (String entrypoint : route.entrypoints()) {
      built = built.entrypoint(entrypoint);
    }
    if (route.tlsEnabled()) {
      built = built.tls(true);
    }
    if (route.certResolver() != null) {
      built = built.certResolver(route.certResolver());
    }
    for (String middleware : route.middlewares()) {
      built = built.middleware(middleware);
    }
    if (route.port() != null) {
      built = built.port(route.port());
    }
    if (route.router() != null) {
      built = built.routerName(route.router());
    }
    return built.network(route.network() != null ? route.network() : DEFAULT_PROXY_NETWORK);
  }

  private static boolean external(ComposeDocument compose, StackManifest manifest, String service, String network) {
    ManifestNetwork declared = manifest.networks().get(network);
    if (declared != null) {
      return declared.external();
    }
    if (compose.has("networks", network)) {
      return false;
    }
    throw new ManifestException(null, "$.services." + service + ".networks", "network " + network
        + " is declared neither in the manifest's networks nor in " + compose.fileName());
  }

  private static SecretSource source(String service, String name, SecretRef ref) {
    return switch (ref.scheme()) {
      case "env" -> SecretSource.environment(ref.value());
      case "file" -> SecretSource.file(ref.value());
      default -> throw new ManifestException(null, "$.services." + service + ".secrets." + name, "secret "
          + name + " comes from " + ref.scheme() + ":, which is resolved only when the stack is applied;"
          + " a rendered compose file can only refer to env: and file: secrets");
    };
  }

  private static ComposeRewriter updates(ComposeRewriter rewriter, String service, UpdatePolicy policy) {
    if (policy == UpdatePolicy.EXCLUDE) {
      return rewriter.excludeFromUpdates(service);
    }
    ComposeRewriter result = rewriter;
    if (policy == UpdatePolicy.INCLUDE) {
      for (String label : UPDATE_LABELS) {
        result = result.removeLabel(service, label);
      }
    }
    return result;
  }

  // Applied after the rewriter's transforms: the hardening (through the rewriter's own preset) and the
  // manifest parts the rewriter has no transform for.
  private static ComposeDocument edit(ComposeDocument document, String service, ServiceManifest wanted) {
    ComposeDocument result = document;
    if (wanted.hardening() != null) {
      result = ServiceSettings.harden(result, service, preset(wanted.hardening()));
    }
    if (wanted.resources() != null && wanted.resources().limits() != null) {
      result = ServiceEdits.resources(result, service, "limits", wanted.resources().limits());
    }
    if (wanted.resources() != null && wanted.resources().reservations() != null) {
      result = ServiceEdits.resources(result, service, "reservations", wanted.resources().reservations());
    }
    if (wanted.gpu() != null && !ServiceEdits.isPlainNvidia(wanted.gpu())) {
      result = ServiceEdits.gpu(result, service, wanted.gpu());
    }
    if (wanted.healthcheck() != null && wanted.healthcheck().startPeriod() != null) {
      result = result.set(Paths.service(service, "healthcheck", "start_period"),
          Healthchecks.compose(wanted.healthcheck().startPeriod()));
    }
    return result;
  }

  private static Duration orElse(Duration value, Duration fallback) {
    return value != null ? value : fallback;
  }
}
