package dev.phoenix.api.compose;

import java.util.Map;

/**
 * A network under the top-level {@code networks}.
 *
 * <pre>{@code
 * NetworkSpec traefik = NetworkSpec.builder().name("traefik").external(true).build();
 * }</pre>
 *
 * @param name the engine's name for the network, or null for {@code <project>_<key>}
 * @param driver the network driver ({@code bridge}, {@code overlay}...), or null for the default
 * @param driverOpts driver-specific options
 * @param ipam address management, or null
 * @param external whether the network exists already and is neither created nor removed
 * @param internal whether the network is cut off from outside traffic
 * @param attachable whether standalone containers may join a swarm network
 * @param labels labels of the network
 * @param enableIpv4 whether IPv4 is enabled, or null for the engine's default
 * @param enableIpv6 whether IPv6 is enabled, or null for the engine's default
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record NetworkSpec(
    String name,
    String driver,
    Map<String, String> driverOpts,
    IpamConfig ipam,
    boolean external,
    boolean internal,
    boolean attachable,
    Map<String, String> labels,
    Boolean enableIpv4,
    Boolean enableIpv6,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Copies the maps. */
  public NetworkSpec {
    driverOpts = Copies.map(driverOpts, "network driver_opts");
    labels = Copies.map(labels, "network labels");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this network's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link NetworkSpec}. */
  public static final class Builder {
    private String name;
    private String driver;
    private Map<String, String> driverOpts;
    private IpamConfig ipam;
    private boolean external;
    private boolean internal;
    private boolean attachable;
    private Map<String, String> labels;
    private Boolean enableIpv4;
    private Boolean enableIpv6;
    private Map<String, Object> extensions;
    private Map<String, Object> unknown;

    private Builder() {
    }

    private Builder(NetworkSpec from) {
      name = from.name;
      driver = from.driver;
      driverOpts = from.driverOpts;
      ipam = from.ipam;
      external = from.external;
      internal = from.internal;
      attachable = from.attachable;
      labels = from.labels;
      enableIpv4 = from.enableIpv4;
      enableIpv6 = from.enableIpv6;
      extensions = from.extensions;
      unknown = from.unknown;
    }

    /** Sets {@link NetworkSpec#name()}. */
    public Builder name(String value) { name = value; return this; }

    /** Sets {@link NetworkSpec#driver()}. */
    public Builder driver(String value) { driver = value; return this; }

    /** Sets {@link NetworkSpec#driverOpts()}. */
    public Builder driverOpts(Map<String, String> value) { driverOpts = value; return this; }

    /** Sets {@link NetworkSpec#ipam()}. */
    public Builder ipam(IpamConfig value) { ipam = value; return this; }

    /** Sets {@link NetworkSpec#external()}. */
    public Builder external(boolean value) { external = value; return this; }

    /** Sets {@link NetworkSpec#internal()}. */
    public Builder internal(boolean value) { internal = value; return this; }

    /** Sets {@link NetworkSpec#attachable()}. */
    public Builder attachable(boolean value) { attachable = value; return this; }

    /** Sets {@link NetworkSpec#labels()}. */
    public Builder labels(Map<String, String> value) { labels = value; return this; }

    /** Sets {@link NetworkSpec#enableIpv4()}. */
    public Builder enableIpv4(Boolean value) { enableIpv4 = value; return this; }

    /** Sets {@link NetworkSpec#enableIpv6()}. */
    public Builder enableIpv6(Boolean value) { enableIpv6 = value; return this; }

    /** Sets {@link NetworkSpec#extensions()}. */
    public Builder extensions(Map<String, Object> value) { extensions = value; return this; }

    /** Sets {@link NetworkSpec#unknown()}. */
    public Builder unknown(Map<String, Object> value) { unknown = value; return this; }

    /** The network. */
    public NetworkSpec build() {
      return new NetworkSpec(name, driver, driverOpts, ipam, external, internal, attachable, labels, enableIpv4,
          enableIpv6, extensions, unknown);
    }
  }
}
