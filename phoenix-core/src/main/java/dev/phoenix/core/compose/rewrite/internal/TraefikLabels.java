package dev.phoenix.core.compose.rewrite.internal;

import dev.phoenix.api.compose.ComposeRewriteException;
import dev.phoenix.core.compose.document.ComposeDocument;
import dev.phoenix.core.compose.rewrite.TraefikRoute;
import dev.phoenix.core.compose.rewrite.TraefikVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes the Traefik labels of one route onto a service. */
public final class TraefikLabels {
  private static final String ROUTERS = "traefik.http.routers.";
  private static final String SERVICES = "traefik.http.services.";

  private TraefikLabels() {
  }

  /**
   * The document with {@code route} written as labels of {@code service}, and its proxy network
   * attached.
   *
   * @param project the project or stack name the default router name starts with, or {@code null}
   */
  public static ComposeDocument apply(ComposeDocument document, String service, TraefikRoute route, String project) {
    String rule = rule(service, route);
    String defaultName = project == null || project.isBlank() ? service : project + "-" + service;
    String router = validName(service, route.routerName().orElse(defaultName));
    String target = validName(service, route.serviceName().orElse(router));
    if (route.port().isPresent() && (route.port().get() < 1 || route.port().get() > 65535)) {
      throw new ComposeRewriteException(service, "Traefik port " + route.port().get() + " is not between 1 and 65535");
    }
    checkUnique(document, service, ROUTERS, router, "router");
    if (route.port().isPresent()) {
      checkUnique(document, service, SERVICES, target, "service");
    }
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("traefik.enable", "true");
    labels.put(ROUTERS + router + ".rule", rule);
    if (!route.entrypoints().isEmpty()) {
      labels.put(ROUTERS + router + ".entrypoints", String.join(",", route.entrypoints()));
    }
    if (route.tls()) {
      labels.put(ROUTERS + router + ".tls", "true");
    }
    route.certResolver().ifPresent(resolver -> labels.put(ROUTERS + router + ".tls.certresolver", resolver));
    if (!route.middlewares().isEmpty()) {
      labels.put(ROUTERS + router + ".middlewares", String.join(",", route.middlewares()));
    }
    if (route.port().isPresent()) {
      labels.put(ROUTERS + router + ".service", target);
      labels.put(SERVICES + target + ".loadbalancer.server.port", String.valueOf(route.port().get()));
    }
    route.network().ifPresent(network -> labels.put("traefik.docker.network", network));
    ComposeDocument result = document;
    for (Map.Entry<String, String> label : labels.entrySet()) {
      result = result.putEntry(Paths.service(service, "labels"), label.getKey(), label.getValue());
    }
    if (route.network().isPresent()) {
      result = NetworkAttachment.attach(result, service, route.network().get(), true);
    }
    return result;
  }

  /** The router rule: host matchers, path prefixes and client IPs, each group joined with {@code ||}, groups with {@code &&}. */
  static String rule(String service, TraefikRoute route) {
    List<String> groups = new ArrayList<>();
    List<String> hostMatchers = new ArrayList<>();
    route.hosts().forEach(host -> hostMatchers.add(matcher("Host", host)));
    route.hostRegexps().forEach(regexp -> hostMatchers.add(matcher("HostRegexp",
        route.version() == TraefikVersion.V2 ? "{host:" + regexp + "}" : regexp)));
    addGroup(groups, hostMatchers);
    List<String> pathMatchers = new ArrayList<>();
    for (String prefix : route.pathPrefixes()) {
      if (!prefix.startsWith("/")) {
        throw new ComposeRewriteException(service, "Traefik path prefix " + prefix + " must start with /");
      }
      if (route.version() == TraefikVersion.V3 && prefix.contains("{")) {
        throw new ComposeRewriteException(service, "Traefik v3 PathPrefix takes no {regexp} placeholders ("
            + prefix + "); use a literal prefix");
      }
      pathMatchers.add(matcher("PathPrefix", prefix));
    }
    addGroup(groups, pathMatchers);
    addGroup(groups, route.clientIps().stream().map(ip -> matcher("ClientIP", ip)).collect(Collectors.toList()));
    if (groups.isEmpty()) {
      throw new ComposeRewriteException(service, "a Traefik route needs a host, host regexp, path prefix or client IP");
    }
    if (groups.size() == 1) {
      return unwrap(groups.get(0));
    }
    return String.join(" && ", groups);
  }

  /** A Traefik name from {@code raw}: letters, digits, {@code -} and {@code _}, anything else becoming {@code -}. */
  static String validName(String service, String raw) {
    String name = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("-{2,}", "-")
        .replaceAll("^-|-$", "");
    if (name.isEmpty()) {
      throw new ComposeRewriteException(service, "cannot make a Traefik name from " + raw);
    }
    return name;
  }

  private static void checkUnique(ComposeDocument document, String service, String prefix, String name, String what) {
    for (String other : Paths.services(document)) {
      if (other.equals(service)) {
        continue;
      }
      boolean taken = Paths.entries(document.at(Paths.service(other, "labels"))).keySet().stream()
          .anyMatch(key -> key.startsWith(prefix + name + "."));
      if (taken) {
        throw new ComposeRewriteException(service, "Traefik " + what + " name " + name
            + " is already defined by service " + other + "; give service " + service + " another "
            + what + " name");
      }
    }
  }

  private static String matcher(String name, String argument) {
    if (argument.contains("`")) {
      throw new ComposeRewriteException(null, name + " argument " + argument + " must not contain a backtick");
    }
    return name + "(`" + argument + "`)";
  }

  private static void addGroup(List<String> groups, List<String> matchers) {
    if (matchers.size() == 1) {
      groups.add(matchers.get(0));
    } else if (matchers.size() > 1) {
      groups.add("(" + String.join(" || ", matchers) + ")");
    }
  }

  private static String unwrap(String group) {
    return group.startsWith("(") && group.endsWith(")") ? group.substring(1, group.length() - 1) : group;
  }
}
