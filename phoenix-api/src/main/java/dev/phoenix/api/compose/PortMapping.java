package dev.phoenix.api.compose;

import java.util.Map;

/**
 * One published or exposed port of a service, in the long form Compose normalizes every port to
 * ({@code "127.0.0.1:8080:80/tcp"} becomes {@code host_ip}, {@code published}, {@code target},
 * {@code protocol}; a range becomes one mapping per port).
 *
 * <pre>{@code
 * PortMapping web = PortMapping.builder().target(80).published("8080").build();
 * }</pre>
 *
 * @param name a human-readable name for the port, or null
 * @param mode {@code ingress} (the default) or {@code host}
 * @param hostIp the host address to bind, or null for all addresses
 * @param target the container port, 1 to 65535 (0 when not set)
 * @param published the host port or range ({@code "8080"}, {@code "9000-9010"}); null or empty
 *     means a random host port
 * @param protocol {@code tcp} (the default), {@code udp} or {@code sctp}
 * @param appProtocol the application protocol ({@code http}, {@code grpc}...), or null
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record PortMapping(
    String name,
    String mode,
    String hostIp,
    int target,
    String published,
    String protocol,
    String appProtocol,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Validates the port number and copies the maps. */
  public PortMapping {
    if (target < 0 || target > 65535) {
      throw new IllegalArgumentException("port target must be between 0 and 65535: " + target);
    }
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** A new builder with the Compose defaults {@code mode: ingress}, {@code protocol: tcp}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this mapping's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link PortMapping}. */
  public static final class Builder {
    private String name;
    private String mode = "ingress";
    private String hostIp;
    private int target;
    private String published;
    private String protocol = "tcp";
    private String appProtocol;
    private Map<String, Object> extensions;
    private Map<String, Object> unknown;

    private Builder() {
    }

    private Builder(PortMapping from) {
      name = from.name;
      mode = from.mode;
      hostIp = from.hostIp;
      target = from.target;
      published = from.published;
      protocol = from.protocol;
      appProtocol = from.appProtocol;
      extensions = from.extensions;
      unknown = from.unknown;
    }

    /** Sets {@link PortMapping#name()}. */
    public Builder name(String value) { name = value; return this; }

    /** Sets {@link PortMapping#mode()}. */
    public Builder mode(String value) { mode = value; return this; }

    /** Sets {@link PortMapping#hostIp()}. */
    public Builder hostIp(String value) { hostIp = value; return this; }

    /** Sets {@link PortMapping#target()}. */
    public Builder target(int value) { target = value; return this; }

    /** Sets {@link PortMapping#published()}. */
    public Builder published(String value) { published = value; return this; }

    /** Sets {@link PortMapping#protocol()}. */
    public Builder protocol(String value) { protocol = value; return this; }

    /** Sets {@link PortMapping#appProtocol()}. */
    public Builder appProtocol(String value) { appProtocol = value; return this; }

    /** Sets {@link PortMapping#extensions()}. */
    public Builder extensions(Map<String, Object> value) { extensions = value; return this; }

    /** Sets {@link PortMapping#unknown()}. */
    public Builder unknown(Map<String, Object> value) { unknown = value; return this; }

    /** The mapping; throws {@link IllegalArgumentException} for an invalid port. */
    public PortMapping build() {
      return new PortMapping(name, mode, hostIp, target, published, protocol, appProtocol, extensions, unknown);
    }
  }
}
