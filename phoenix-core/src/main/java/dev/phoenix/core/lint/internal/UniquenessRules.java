package dev.phoenix.core.lint.internal;

import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import dev.phoenix.core.lint.Severity;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code duplicate-host-port} and {@code duplicate-traefik-router}: claims collected over every
 * stack linted together, reported at every place that clashes.
 *
 * <p>A Traefik router is named by a label {@code traefik.<http|tcp|udp>.routers.<name>.<option>}
 * in {@code labels} or {@code deploy.labels}, as a list ({@code key=value}) or a map; one service
 * may repeat its own router (for instance in both places), two services may not share one.
 */
final class UniquenessRules {
  static final String PORT = "duplicate-host-port";
  static final String ROUTER = "duplicate-traefik-router";
  private static final Pattern ROUTER_LABEL = Pattern.compile("traefik\\.(http|tcp|udp)\\.routers\\.([^.=]+)\\..+");

  private final Claims<PublishedPort> ports = new Claims<>(PublishedPort::clashesWith);
  private final Claims<String> routers = new Claims<>(String::equals);

  /**
   * Records the claims of one stack: those of the services the active profiles enable, as
   * {@code docker compose up} would start them.
   */
  void collect(RawStack stack) {
    for (RawStack.RawService service : stack.services()) {
      if (!stack.active(service)) {
        continue;
      }
      collectPorts(stack, service);
      Set<String> seen = new HashSet<>();
      collectRouters(stack, service, service.get("labels"), seen);
      if (service.get("deploy") instanceof YamlMap deploy) {
        collectRouters(stack, service, deploy.get("labels"), seen);
      }
    }
  }

  /** Reports every clash among the claims of all stacks. */
  void report(Findings findings) {
    ports.report(PORT, Severity.ERROR, PublishedPort::describe, findings);
    routers.report(ROUTER, Severity.ERROR, router -> "Traefik router " + router, findings);
  }

  private void collectPorts(RawStack stack, RawStack.RawService service) {
    if (!(service.get("ports") instanceof YamlList list)) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      Place place = service.file().source().place(list.locationOf(i));
      java.util.List<PublishedPort> published;
      if (item instanceof YamlMap entry) {
        published = PublishedPort.parseLong(service.resolved(entry.get("host_ip")),
            service.resolved(entry.get("published")), service.resolved(entry.get("protocol")));
      } else if (item instanceof String text) {
        published = PublishedPort.parseShort(service.resolved(text));
      } else {
        published = java.util.List.of();
      }
      for (PublishedPort port : published) {
        ports.add(port, stack.stack().name(), service.name(), place, stack.stack().directory());
      }
    }
  }

  private void collectRouters(RawStack stack, RawStack.RawService service, Object labels, Set<String> seen) {
    if (labels instanceof YamlList list) {
      for (int i = 0; i < list.size(); i++) {
        String label = service.resolved(list.get(i));
        int equals = label == null ? -1 : label.indexOf('=');
        String key = equals < 0 ? label : label.substring(0, equals);
        router(stack, service, key, seen, service.file().source().place(list.locationOf(i)));
      }
    } else if (labels instanceof YamlMap map) {
      for (Map.Entry<String, Object> entry : map.entrySet()) {
        router(stack, service, entry.getKey(), seen,
            KeyPositions.place(service.file().source(), map.locationOf(entry.getKey()), entry.getKey()));
      }
    }
  }

  private void router(RawStack stack, RawStack.RawService service, String key, Set<String> seen, Place place) {
    if (key == null) {
      return;
    }
    Matcher matcher = ROUTER_LABEL.matcher(key.trim());
    if (matcher.matches()) {
      String router = matcher.group(1) + " router " + matcher.group(2);
      String name = matcher.group(2) + (matcher.group(1).equals("http") ? "" : " (" + matcher.group(1) + ")");
      if (seen.add(router)) {
        routers.add(name, stack.stack().name(), service.name(), place, stack.stack().directory());
      }
    }
  }
}
