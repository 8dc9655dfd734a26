package dev.phoenix.portainer;

/** What {@link PortainerStacks#createOrUpdate} did. */
public enum SyncOutcome {
  /** The stack was absent and was created (one POST). */
  CREATED,
  /** The stack's file or environment differed and it was updated (one PUT). */
  UPDATED,
  /** The stack already had this file and environment: nothing was sent. */
  UNCHANGED
}
