package dev.phoenix.core.compose.rewrite;

import dev.phoenix.api.compose.ComposeRewriteException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How Traefik should route to one service, built fluently inside
 * {@link ComposeRewriter#traefik(String, java.util.function.UnaryOperator)}:
 *
 * <pre>{@code
 * route -> route.host("shop.example.com").pathPrefix("/api").port(8080)
 *     .entrypoint("websecure").certResolver("le").middleware("compress").network("traefik")
 * }</pre>
 *
 * <p>Immutable: each method returns a new route. Several hosts (or path prefixes) are joined with
 * {@code ||}, and the groups with {@code &&}. Router and service names default to
 * {@code <project>-<service>}, made valid for Traefik (letters, digits, {@code -}, {@code _}).
 */
public final class TraefikRoute {
  private final List<String> hosts;
  private final List<String> hostRegexps;
  private final List<String> pathPrefixes;
  private final List<String> clientIps;
  private final List<String> entrypoints;
  private final List<String> middlewares;
  private final boolean tls;
  private final String certResolver;
  private final Integer port;
  private final String routerName;
  private final String serviceName;
  private final String network;
  private final TraefikVersion version;

  private TraefikRoute(List<String> hosts, List<String> hostRegexps, List<String> pathPrefixes,
      List<String> clientIps, List<String> entrypoints, List<String> middlewares, boolean tls,
      String certResolver, Integer port, String routerName, String serviceName, String network,
      TraefikVersion version) {
    this.hosts = List.copyOf(hosts);
    this.hostRegexps = List.copyOf(hostRegexps);
    this.pathPrefixes = List.copyOf(pathPrefixes);
    this.clientIps = List.copyOf(clientIps);
    this.entrypoints = List.copyOf(entrypoints);
    this.middlewares = List.copyOf(middlewares);
    this.tls = tls;
    this.certResolver = certResolver;
    this.port = port;
    this.routerName = routerName;
    this.serviceName = serviceName;
    this.network = network;
    this.version = version;
  }

  /** An empty route for Traefik v3; a rule needs at least one matcher before it is applied. */
  public static TraefikRoute create() {
    return new TraefikRoute(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, null, null,
        null, null, null, TraefikVersion.V3);
  }

  /** Adds a {@code Host(`host`)} matcher; several hosts are joined with {@code ||}. */
  public TraefikRoute host(String host) {
    return new TraefikRoute(plus(hosts, text(host, "host")), hostRegexps, pathPrefixes, clientIps, entrypoints,
        middlewares, tls, certResolver, port, routerName, serviceName, network, version);
  }

  /** Adds a {@code HostRegexp} matcher from a plain regular expression, written per {@link TraefikVersion}. */
  public TraefikRoute hostRegexp(String regexp) {
    return new TraefikRoute(hosts, plus(hostRegexps, text(regexp, "hostRegexp")), pathPrefixes, clientIps,
        entrypoints, middlewares, tls, certResolver, port, routerName, serviceName, network, version);
  }

  /** Adds a {@code PathPrefix(`/prefix`)} matcher; several prefixes are joined with {@code ||}. */
  public TraefikRoute pathPrefix(String prefix) {
    return new TraefikRoute(hosts, hostRegexps, plus(pathPrefixes, text(prefix, "pathPrefix")), clientIps,
        entrypoints, middlewares, tls, certResolver, port, routerName, serviceName, network, version);
  }

  /** Adds a {@code ClientIP(`cidr`)} matcher; several are joined with {@code ||}. */
  public TraefikRoute clientIp(String cidr) {
    return new TraefikRoute(hosts, hostRegexps, pathPrefixes, plus(clientIps, text(cidr, "clientIp")),
        entrypoints, middlewares, tls, certResolver, port, routerName, serviceName, network, version);
  }

  /** Adds an entrypoint the router listens on ({@code websecure}). */
  public TraefikRoute entrypoint(String entrypoint) {
    return new TraefikRoute(hosts, hostRegexps, pathPrefixes, clientIps,
        plus(entrypoints, text(entrypoint, "entrypoint")), middlewares, tls, certResolver, port, routerName,
        serviceName, network, version);
  }

  /** Adds a middleware, by its Traefik name ({@code compress}, {@code auth@file}). */
  public TraefikRoute middleware(String middleware) {
    return new TraefikRoute(hosts, hostRegexps, pathPrefixes, clientIps, entrypoints,
        plus(middlewares, text(middleware, "middleware")), tls, certResolver, port, routerName, serviceName,
        network, version);
  }

  /** Turns TLS on or off for the router ({@code tls=true}). */
  public TraefikRoute tls(boolean enabled) {
    return new TraefikRoute(hosts, hostRegexps, pathPrefixes, clientIps, entrypoints, middlewares, enabled,
        certResolver, port, routerName, serviceName, network, version);
  }

  /** Names the certificate resolver ({@code tls.certresolver}); implies TLS. */
  public TraefikRoute certResolver(String resolver) {
    return new TraefikRoute(hosts, hostRegexps, pathPrefixes, clientIps, entrypoints, middlewares, true,
        text(resolver, "certResolver"), port, routerName, serviceName, network, version);
  }

  /** The container port Traefik forwards to ({@code loadbalancer.server.port}), 1 to 65535. */
  public TraefikRoute port(int containerPort) {
    return new TraefikRoute(hosts, hostRegexps, pathPrefixes, clientIps, entrypoints, middlewares, tls,
        certResolver, containerPort, routerName, serviceName, network, version);
  }

  /** Overrides the router name (otherwise {@code <project>-<service>}); made valid for Traefik. */
  public TraefikRoute routerName(String name) {
    return new TraefikRoute(hosts, hostRegexps, pathPrefixes, clientIps, entrypoints, middlewares, tls,
        certResolver, port, text(name, "routerName"), serviceName, network, version);
  }

  /** Overrides the Traefik service name (otherwise the router name); made valid for Traefik. */
  public TraefikRoute serviceName(String name) {
    return new TraefikRoute(hosts, hostRegexps, pathPrefixes, clientIps, entrypoints, middlewares, tls,
        certResolver, port, routerName, text(name, "serviceName"), network, version);
  }

  /**
   * The proxy network Traefik reaches the service on: attached to the service as an external
   * network and named in {@code traefik.docker.network}.
   */
  public TraefikRoute network(String name) {
    return new TraefikRoute(hosts, hostRegexps, pathPrefixes, clientIps, entrypoints, middlewares, tls,
        certResolver, port, routerName, serviceName, text(name, "network"), version);
  }

  /** The label grammar to write; {@link TraefikVersion#V3} unless set. */
  public TraefikRoute version(TraefikVersion traefikVersion) {
    return new TraefikRoute(hosts, hostRegexps, pathPrefixes, clientIps, entrypoints, middlewares, tls,
        certResolver, port, routerName, serviceName, network, Objects.requireNonNull(traefikVersion, "version"));
  }

  /** The {@code Host} matchers, in order. */
  public List<String> hosts() {
    return hosts;
  }

  /** The {@code HostRegexp} matchers, as plain regular expressions. */
  public List<String> hostRegexps() {
    return hostRegexps;
  }

  /** The {@code PathPrefix} matchers. */
  public List<String> pathPrefixes() {
    return pathPrefixes;
  }

  /** The {@code ClientIP} matchers. */
  public List<String> clientIps() {
    return clientIps;
  }

  /** The entrypoints. */
  public List<String> entrypoints() {
    return entrypoints;
  }

  /** The middlewares, in order. */
  public List<String> middlewares() {
    return middlewares;
  }

  /** True when the router terminates TLS. */
  public boolean tls() {
    return tls;
  }

  /** The certificate resolver, if set. */
  public Optional<String> certResolver() {
    return Optional.ofNullable(certResolver);
  }

  /** The container port, if set. */
  public Optional<Integer> port() {
    return Optional.ofNullable(port);
  }

  /** The router name override, if set. */
  public Optional<String> routerName() {
    return Optional.ofNullable(routerName);
  }

  /** The service name override, if set. */
  public Optional<String> serviceName() {
    return Optional.ofNullable(serviceName);
  }

  /** The proxy network, if set. */
  public Optional<String> network() {
    return Optional.ofNullable(network);
  }

  /** The label grammar. */
  public TraefikVersion version() {
    return version;
  }

  private static String text(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new ComposeRewriteException(null, "the Traefik route's " + what + " must not be blank");
    }
    return value;
  }

  private static List<String> plus(List<String> list, String value) {
    List<String> longer = new ArrayList<>(list);
    longer.add(value);
    return longer;
  }
}
