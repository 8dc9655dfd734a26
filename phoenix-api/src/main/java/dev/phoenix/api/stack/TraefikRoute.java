package dev.phoenix.api.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How Traefik routes to a service: the router rule ({@code Host} and {@code PathPrefix}), the
 * entrypoints, TLS, and the container port. In a manifest:
 *
 * <pre>{@code
 * "traefik": { "host": "shop.example.com", "pathPrefix": "/api", "port": 8080,
 *              "entrypoints": ["websecure"], "tls": true, "certResolver": "le",
 *              "middlewares": ["compress"] }
 * }</pre>
 *
 * @param host the host the router matches, or null
 * @param hosts more hosts the router matches (any of them), empty when none
 * @param pathPrefix the path prefix the router matches ({@code /api}), or null
 * @param port the container port Traefik sends traffic to, or null to let Traefik pick the
 *     single exposed port
 * @param entrypoints the Traefik entrypoints the router listens on, empty for all
 * @param tls whether the router terminates TLS, or null when not set (true when a cert resolver
 *     is named)
 * @param certResolver the certificate resolver that obtains the router's certificate, or null
 * @param middlewares the middlewares applied in order ({@code compress}, {@code auth@file})
 * @param router the router (and Traefik service) name, or null to derive one from the stack and
 *     service names
 * @param network the Docker network Traefik reaches the service on, or null for the proxy
 *     network the rewriter attaches
 */
public record TraefikRoute(
    String host,
    List<String> hosts,
    String pathPrefix,
    Integer port,
    List<String> entrypoints,
    Boolean tls,
    String certResolver,
    List<String> middlewares,
    String router,
    String network) {
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9*]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
  private static final Pattern ROUTER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
  private static final Pattern MIDDLEWARE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(@[A-Za-z0-9_-]+)?");

  /** Validates host names, path, port, names, and that TLS is not both off and resolved. */
  public TraefikRoute {
    hosts = ManifestValues.list(hosts, "hosts");
    entrypoints = ManifestValues.list(entrypoints, "entrypoints");
    middlewares = ManifestValues.list(middlewares, "middlewares");
    ManifestValues.requireMatches(host, HOST, "host", "a host name");
    for (String each : hosts) {
      ManifestValues.requireMatches(each, HOST, "hosts", "a host name");
    }
    if (pathPrefix != null && !pathPrefix.startsWith("/")) {
      throw ManifestValues.invalid("pathPrefix", "\"" + pathPrefix + "\" must start with /");
    }
    if (port != null && (port < 1 || port > 65535)) {
      throw ManifestValues.invalid("port", "must be between 1 and 65535, got " + port);
    }
    for (String entrypoint : entrypoints) {
      ManifestValues.requireMatches(entrypoint, ROUTER, "entrypoints", "an entrypoint name");
    }
    for (String middleware : middlewares) {
      ManifestValues.requireMatches(middleware, MIDDLEWARE, "middlewares", "a middleware name (name or name@provider)");
    }
    ManifestValues.requireNonBlank(certResolver, "certResolver");
    if (Boolean.FALSE.equals(tls) && certResolver != null) {
      throw ManifestValues.invalid("certResolver", "a cert resolver needs TLS, but tls is false");
    }
    ManifestValues.requireMatches(router, ROUTER, "router", "a router name (letters, digits, '_' and '-')");
    ManifestValues.requireNonBlank(network, "network");
  }

  /** A route for {@code host} only, with every other part unset. */
  public static TraefikRoute forHost(String host) {
    return new TraefikRoute(host, null, null, null, null, null, null, null, null, null);
  }

  /** {@link #host()} followed by {@link #hosts()}: every host the router matches. */
  public List<String> allHosts() {
    List<String> all = new ArrayList<>(hosts.size() + 1);
    if (host != null) {
      all.add(host);
    }
    all.addAll(hosts);
    return List.copyOf(all);
  }

  /** Whether the router terminates TLS: {@link #tls()} when set, else whether a cert resolver is named. */
  public boolean tlsEnabled() {
    return tls != null ? tls : certResolver != null;
  }
}
