package dev.phoenix.api.deploy;

/** The kinds of engine resource a stack owns. */
public enum ResourceKind {
  NETWORK,
  VOLUME,
  CONTAINER,
  IMAGE,
  /**
   * The stack as one unit, for targets that deploy a whole Compose file at once and cannot plan
   * per network, volume or container (a Portainer stack): created, updated ({@link Action#RECREATE})
   * or kept as a whole.
   */
  STACK;

  /** The kind in lower case, as printed in plans and events. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
