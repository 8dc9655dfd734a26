package dev.phoenix.api.deploy;

/**
 * A network or volume declared {@code external: true} that does not exist. It is found before
 * anything is created, so nothing has changed; the message says how to create it.
 */
public class ExternalResourceMissingException extends DeploymentException {
  private static final long serialVersionUID = 1L;

  private final ResourceKind kind;
  private final String name;

  /**
   * @param stack the stack's name
   * @param kind {@link ResourceKind#NETWORK} or {@link ResourceKind#VOLUME}
   * @param key the key in the Compose file
   * @param name the engine name looked for
   */
  public ExternalResourceMissingException(String stack, ResourceKind kind, String key, String name) {
    super(stack, "external " + kind.label() + " \"" + name + "\""
        + (key.equals(name) ? "" : " (key " + key + ")")
        + " does not exist; nothing was created. Create it first with: docker " + kind.label() + " create " + name);
    this.kind = kind;
    this.name = name;
  }

  /** Whether a network or a volume is missing. */
  public ResourceKind kind() {
    return kind;
  }

  /** The engine name looked for. */
  public String name() {
    return name;
  }
}
