package dev.phoenix.api.deploy;

/** What applying a plan does to one network, volume or container. */
public enum Action {
  /** It does not exist yet and is created (containers are also started). */
  CREATE,
  /** It exists with another configuration and is replaced by a new one. */
  RECREATE,
  /** It exists with the right configuration but is not running, and is started. */
  START,
  /** It exists but is no longer wanted (scaled down, an orphan) and is removed. */
  REMOVE,
  /** It exists as wanted and is not touched. */
  KEEP;

  /** The action in lower case, as printed in plans and events. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
