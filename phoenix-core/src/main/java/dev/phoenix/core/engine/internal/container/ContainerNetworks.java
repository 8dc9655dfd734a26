package dev.phoenix.core.engine.internal.container;

import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Link;
import dev.phoenix.api.compose.ServiceNetwork;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.api.deploy.DeploymentException;
import dev.phoenix.core.engine.internal.ComposeNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code network_mode}, {@code networks} and {@code links}: the network joined at creation, the
 * ones connected afterwards, and the aliases on each.
 */
final class ContainerNetworks {
  private static final String SERVICE_PREFIX = "service:";

  private ContainerNetworks() {
  }

  /** The primary network and the others, as Compose orders them. */
  record Attachments(NetworkAttachment primary, List<NetworkAttachment> additional) {
  }

  /**
   * The service's networks by descending {@code priority}, then by key, as Compose connects them:
   * the first one is the primary network.
   */
  static List<Map.Entry<String, ServiceNetwork>> ordered(ServiceSpec service) {
    List<Map.Entry<String, ServiceNetwork>> entries = new ArrayList<>(service.networks().entrySet());
    entries.sort(Comparator.<Map.Entry<String, ServiceNetwork>>comparingInt(e -> -priority(e.getValue()))
        .thenComparing(Map.Entry::getKey));
    return entries;
  }

  private static int priority(ServiceNetwork network) {
    return network == null || network.priority() == null ? 0 : network.priority();
  }

  /** Sets the network mode (a user network's name for the primary one) and the links on {@code host}. */
  static Attachments apply(ContainerContext context, HostConfig host) {
    ServiceSpec service = context.service();
    String mode = service.networkMode();
    if (mode != null) {
      host.withNetworkMode(resolve(context, mode, "network_mode"));
    }
    List<NetworkAttachment> attachments = new ArrayList<>();
    if (mode == null) {
      for (Map.Entry<String, ServiceNetwork> entry : ordered(service)) {
        attachments.add(attachment(context, entry.getKey(), entry.getValue()));
      }
    }
    List<Link> links = links(context);
    if (!links.isEmpty()) {
      host.withLinks(links);
    }
    if (attachments.isEmpty()) {
      return new Attachments(null, List.of());
    }
    host.withNetworkMode(attachments.get(0).networkName());
    return new Attachments(attachments.get(0), attachments.subList(1, attachments.size()));
  }

  private static NetworkAttachment attachment(ContainerContext context, String key, ServiceNetwork network) {
    String name = ComposeNames.network(context.project(), key);
    List<String> aliases = new ArrayList<>();
    // Compose adds the container name from API 1.44 on, when all networks are set at creation.
    if (context.apiAtLeast("1.44")) {
      aliases.add(context.containerName());
    }
    aliases.add(context.service().name());
    if (network == null) {
      return new NetworkAttachment(name, aliases, null, null, List.of(), null);
    }
    for (String alias : network.aliases()) {
      if (!aliases.contains(alias)) {
        aliases.add(alias);
      }
    }
    return new NetworkAttachment(name, aliases, network.ipv4Address(), network.ipv6Address(), network.linkLocalIps(),
        network.macAddress());
  }

  /**
   * {@code links} to the first container of each linked service, under the link's alias and the
   * service name, and {@code external_links} as written.
   */
  private static List<Link> links(ContainerContext context) {
    List<Link> links = new ArrayList<>();
    for (String link : context.service().links()) {
      int colon = link.indexOf(':');
      String target = colon < 0 ? link : link.substring(0, colon);
      String alias = colon < 0 ? link : link.substring(colon + 1);
      String container = containerOf(context, target, "links");
      links.add(new Link(container, alias));
      if (!alias.equals(target)) {
        links.add(new Link(container, target));
      }
    }
    for (String link : context.service().externalLinks()) {
      int colon = link.indexOf(':');
      String target = colon < 0 ? link : link.substring(0, colon);
      links.add(new Link(target, colon < 0 ? link : link.substring(colon + 1)));
    }
    return links;
  }

  /** {@code service:x} as {@code container:<id of x's first container>}; other modes as written. */
  static String resolve(ContainerContext context, String mode, String key) {
    if (mode == null || !mode.startsWith(SERVICE_PREFIX)) {
      return mode;
    }
    return "container:" + containerOf(context, mode.substring(SERVICE_PREFIX.length()), key);
  }

  /** The ID of {@code service}'s first container, or a deployment error naming who needs it. */
  static String containerOf(ContainerContext context, String service, String key) {
    String id = context.serviceContainer().apply(service);
    if (id == null) {
      throw new DeploymentException(context.projectName(), "service " + context.service().name() + ": " + key
          + " refers to service " + service + ", which has no container yet; it must be created first");
    }
    return id;
  }
}
