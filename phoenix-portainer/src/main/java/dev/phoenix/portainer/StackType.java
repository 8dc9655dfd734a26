package dev.phoenix.portainer;

/** What deploys a Portainer stack: its {@code Type} field. */
public enum StackType {
  /** {@code docker stack deploy} on a Swarm ({@code Type} 1). */
  SWARM(1),
  /** {@code docker compose} on one engine ({@code Type} 2). */
  COMPOSE(2),
  /** Kubernetes manifests ({@code Type} 3); listed, never deployed by Phoenix. */
  KUBERNETES(3),
  /** A type this client does not know. */
  UNKNOWN(0);

  private final int code;

  StackType(int code) {
    this.code = code;
  }

  /** The number Portainer uses in {@code Type}. */
  public int code() {
    return code;
  }

  /** The type of Portainer's number, {@link #UNKNOWN} for any other. */
  public static StackType ofCode(int code) {
    for (StackType type : values()) {
      if (type.code == code && type != UNKNOWN) {
        return type;
      }
    }
    return UNKNOWN;
  }
}
