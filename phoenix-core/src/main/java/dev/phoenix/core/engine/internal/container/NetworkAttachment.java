package dev.phoenix.core.engine.internal.container;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.dockerjava.api.model.ContainerNetwork;
import java.util.List;
import java.util.Objects;

/**
 * A network a container joins after it is created and before it starts ({@code NetworkConnect}).
 *
 * @param networkName the engine's network name
 * @param aliases the DNS names of the container on the network
 * @param ipv4Address a static IPv4 address, or null
 * @param ipv6Address a static IPv6 address, or null
 * @param linkLocalIps link-local addresses
 * @param macAddress the MAC address on this network, or null
 */
public record NetworkAttachment(
    String networkName,
    List<String> aliases,
    String ipv4Address,
    String ipv6Address,
    List<String> linkLocalIps,
    String macAddress) {

  /** Checks the name and copies the lists. */
  public NetworkAttachment {
    Objects.requireNonNull(networkName, "network name");
    aliases = List.copyOf(aliases);
    linkLocalIps = List.copyOf(linkLocalIps);
  }

  /** The endpoint settings to pass to {@code connectToNetworkCmd().withContainerNetwork(...)}. */
  public ContainerNetwork toContainerNetwork() {
    ContainerNetwork endpoint = new ContainerNetwork().withAliases(aliases);
    if (ipv4Address != null || ipv6Address != null || !linkLocalIps.isEmpty()) {
      endpoint.withIpamConfig(new EndpointIpam(linkLocalIps).withIpv4Address(ipv4Address).withIpv6Address(ipv6Address));
    }
    if (macAddress != null) {
      endpoint.withMacAddress(macAddress);
    }
    return endpoint;
  }

  /** docker-java's endpoint IPAM settings lack {@code LinkLocalIPs}; the engine has had them since API 1.24. */
  static final class EndpointIpam extends ContainerNetwork.Ipam {
    private static final long serialVersionUID = 1L;

    @JsonProperty("LinkLocalIPs")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final List<String> linkLocalIps;

    EndpointIpam(List<String> linkLocalIps) {
      this.linkLocalIps = List.copyOf(linkLocalIps);
    }
  }
}
