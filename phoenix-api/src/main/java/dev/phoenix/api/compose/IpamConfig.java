package dev.phoenix.api.compose;

import java.util.List;
import java.util.Map;

/**
 * A network's {@code ipam}: how its addresses are managed.
 *
 * @param driver the IPAM driver, or null for the default
 * @param config the address pools
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record IpamConfig(
    String driver,
    List<IpamPool> config,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Copies the collections. */
  public IpamConfig {
    config = Copies.list(config, "ipam.config");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** One address pool: {@code subnet}, {@code gateway}, {@code ip_range}, {@code aux_addresses}. */
  public record IpamPool(
      String subnet,
      String gateway,
      String ipRange,
      Map<String, String> auxAddresses,
      Map<String, Object> extensions,
      Map<String, Object> unknown) {

    /** Copies the maps. */
    public IpamPool {
      auxAddresses = Copies.map(auxAddresses, "ipam aux_addresses");
      extensions = Copies.extensions(extensions);
      unknown = Copies.unknown(unknown);
    }

    /** A pool with only a subnet. */
    public static IpamPool ofSubnet(String subnet) {
      return new IpamPool(subnet, null, null, Map.of(), Map.of(), Map.of());
    }
  }
}
