package dev.phoenix.core.engine.internal;

/**
 * The labels Docker Compose v2 writes on what it creates, and Phoenix's own. Writing Compose's
 * labels is what makes {@code docker compose ls/ps/down}, Portainer and the docker CLI see a
 * Phoenix stack as an ordinary Compose project.
 */
public final class ComposeLabels {
  private ComposeLabels() {
  }

  /** The project name, on containers, networks and volumes. */
  public static final String PROJECT = "com.docker.compose.project";
  /** The service key, on containers. */
  public static final String SERVICE = "com.docker.compose.service";
  /** The container number within its service ({@code 1}, {@code 2}, …). */
  public static final String CONTAINER_NUMBER = "com.docker.compose.container-number";
  /** {@code False} for service containers, {@code True} for {@code run} one-offs. */
  public static final String ONEOFF = "com.docker.compose.oneoff";
  /** The configuration hash; Phoenix writes its own hash here too (Compose's cannot be reproduced byte for byte). */
  public static final String CONFIG_HASH = "com.docker.compose.config-hash";
  /** The local image ID ({@code sha256:…}) a container was created from. */
  public static final String IMAGE = "com.docker.compose.image";
  /** Comma-joined {@code service:condition:restart} dependencies. */
  public static final String DEPENDS_ON = "com.docker.compose.depends_on";
  /** The absolute project directory. */
  public static final String WORKING_DIR = "com.docker.compose.project.working_dir";
  /** Comma-joined absolute compose file paths. */
  public static final String CONFIG_FILES = "com.docker.compose.project.config_files";
  /** The network key, on networks. */
  public static final String NETWORK = "com.docker.compose.network";
  /** The volume key, on volumes. */
  public static final String VOLUME = "com.docker.compose.volume";
  /** On a recreated container: the name (without project) of the container it replaced. */
  public static final String REPLACE = "com.docker.compose.replace";

  /** Phoenix's configuration hash (see {@code ConfigHash}), on containers, networks and volumes. */
  public static final String PHOENIX_CONFIG_HASH = "dev.phoenix.config-hash";
  /** Per-field digests of a container's configuration, so a plan can say which field changed. */
  public static final String PHOENIX_CONFIG_FIELDS = "dev.phoenix.config-fields";
  /** The stack version that created the resource: 1 for the first deployment that changed something, then 2, … */
  public static final String PHOENIX_STACK_VERSION = "dev.phoenix.stack.version";
}
