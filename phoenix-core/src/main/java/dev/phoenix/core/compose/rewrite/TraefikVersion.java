package dev.phoenix.core.compose.rewrite;

/**
 * The Traefik major version whose label grammar a route is written in. The label keys Phoenix
 * writes ({@code traefik.enable}, {@code traefik.http.routers.<r>.rule}, {@code .entrypoints},
 * {@code .tls}, {@code .tls.certresolver}, {@code .middlewares}, {@code .service},
 * {@code traefik.http.services.<s>.loadbalancer.server.port}, {@code traefik.docker.network}) are the
 * same in both; the rule text differs:
 *
 * <ul>
 *   <li>{@code HostRegexp}: v2 takes a named placeholder ({@code HostRegexp(`{host:.+\.example\.com}`)}),
 *       v3 a plain regular expression ({@code HostRegexp(`^.+\.example\.com$`)}).
 *   <li>{@code PathPrefix}: v2 accepts {@code {name:regexp}} placeholders, v3 only a literal prefix
 *       (regular expressions go to {@code PathRegexp}), so a prefix with braces is refused for v3.
 *   <li>{@code Host} with several domains in one matcher is v2 only; Phoenix writes one
 *       {@code Host} per domain joined with {@code ||}, which both versions read.
 *   <li>{@code ClientIP(`10.0.0.0/8`)} is written the same for both (v2.x matchers and v3).
 * </ul>
 */
public enum TraefikVersion {
  /** Traefik 2.x. */
  V2,
  /** Traefik 3.x (the default). */
  V3
}
