package dev.phoenix.api.deploy;

/** The kinds of engine resource a stack owns. */
public enum ResourceKind {
  NETWORK,
  VOLUME,
  CONTAINER,
  IMAGE;

  /** The kind in lower case, as printed in plans and events. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
