package dev.phoenix.core.engine;

import dev.phoenix.api.deploy.DeploymentTarget;
import dev.phoenix.api.endpoint.DockerEndpoint;
import dev.phoenix.api.spi.DeploymentTargetProvider;
import java.util.Map;

/** Offers the {@code docker} kind of {@link DeploymentTarget}, found by {@link java.util.ServiceLoader}. */
public final class DockerTargetProvider implements DeploymentTargetProvider {
  @Override
  public String kind() {
    return "docker";
  }

  @Override
  public DeploymentTarget open(String address, Map<String, String> environment) {
    return DockerEngineTarget.connect(address, environment);
  }

  @Override
  public DeploymentTarget open(DockerEndpoint endpoint) {
    return DockerEngineTarget.connect(endpoint);
  }
}
