package dev.phoenix.api.compose;

import java.util.List;
import java.util.Map;

/**
 * How a service is attached to one network (an entry of the service's {@code networks} mapping).
 * A service joined to a network without options maps the network key to null instead.
 *
 * @param aliases extra DNS names of the service on this network
 * @param driverOpts driver-specific options of the endpoint
 * @param gwPriority the priority for choosing the default gateway (higher wins), or null
 * @param interfaceName the network interface name in the container, or null
 * @param ipv4Address a static IPv4 address, or null
 * @param ipv6Address a static IPv6 address, or null
 * @param linkLocalIps link-local addresses
 * @param macAddress the MAC address on this network, or null
 * @param priority the order in which networks are connected (higher first), or null
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record ServiceNetwork(
    List<String> aliases,
    Map<String, String> driverOpts,
    Integer gwPriority,
    String interfaceName,
    String ipv4Address,
    String ipv6Address,
    List<String> linkLocalIps,
    String macAddress,
    Integer priority,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Copies the collections. */
  public ServiceNetwork {
    aliases = Copies.list(aliases, "networks.aliases");
    driverOpts = Copies.map(driverOpts, "networks.driver_opts");
    linkLocalIps = Copies.list(linkLocalIps, "networks.link_local_ips");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** An attachment that only adds DNS aliases. */
  public static ServiceNetwork withAliases(List<String> aliases) {
    return new ServiceNetwork(aliases, Map.of(), null, null, null, null, List.of(), null, null, Map.of(), Map.of());
  }
}
