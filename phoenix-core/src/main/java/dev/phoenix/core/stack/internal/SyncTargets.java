package dev.phoenix.core.stack.internal;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.deploy.DeploymentTarget;
import dev.phoenix.api.stack.TargetOptions;
import dev.phoenix.core.engine.DockerEngineTarget;
import java.util.Map;

/** Opens the target a stack manifest names in {@code target.uri}, for a sync. */
public final class SyncTargets {

  private SyncTargets() {
  }

  /**
   * The target {@code uri} names: {@code docker} is the engine {@code environment} names,
   * {@code docker+context:NAME} the engine of a Docker CLI context; {@code portainer:URL} comes
   * from a provider on the class path.
   *
   * @throws PhoenixException for a kind that cannot be synced to yet, or without a provider
   */
  public static DeploymentTarget open(String uri, Map<String, String> environment) {
    TargetOptions target = new TargetOptions(uri, null, null);
    return switch (target.kind()) {
      case "docker" -> DockerEngineTarget.connect(null, environment);
      case "docker+context" -> DockerEngineTarget.connect(null, target.argument(), environment);
      case "swarm", "swarm+context" -> throw new PhoenixException("a sync cannot deploy to a Swarm yet (" + uri
          + "): use docker or docker+context:NAME");
      default -> DeploymentTarget.open(target.kind(), target.argument(), environment);
    };
  }
}
