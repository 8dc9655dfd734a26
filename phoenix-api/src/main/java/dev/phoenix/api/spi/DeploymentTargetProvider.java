package dev.phoenix.api.spi;

import dev.phoenix.api.deploy.DeploymentTarget;
import dev.phoenix.api.endpoint.DockerEndpoint;
import java.util.Map;

/**
 * Makes {@link DeploymentTarget}s of one kind, found with {@link java.util.ServiceLoader}.
 * phoenix-core provides the {@code docker} kind.
 */
public interface DeploymentTargetProvider {
  /** The kind of target this provider makes ({@code docker}). */
  String kind();

  /**
   * A target at {@code address}, or at the kind's default when it is null.
   *
   * @param environment the environment to read defaults from, never this process's own unless
   *     the caller passed it
   */
  DeploymentTarget open(String address, Map<String, String> environment);

  /**
   * A target at a resolved Docker endpoint. Only providers of engine-like kinds support this.
   *
   * @throws UnsupportedOperationException when this kind has no Docker endpoint
   */
  default DeploymentTarget open(DockerEndpoint endpoint) {
    throw new UnsupportedOperationException("targets of kind " + kind() + " are not reached through a Docker endpoint");
  }
}
