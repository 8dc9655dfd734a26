package dev.phoenix.portainer;

import java.util.List;
import java.util.Objects;

/**
 * A Portainer environment (an "endpoint" in the API): a Docker engine, agent, Edge agent or
 * Kubernetes cluster. Its {@code type} does not tell a Swarm from a standalone engine: see
 * {@link #swarm()} or {@link PortainerEnvironments#swarmId}.
 *
 * @param id the environment's ID, the {@code endpointId} of every stack call
 * @param name its name
 * @param type Portainer's {@code Type}: 1 Docker API or socket, 2 agent, 3 Azure ACI, 4 Edge agent,
 *     5 local Kubernetes, 6 Kubernetes agent, 7 Kubernetes Edge agent
 * @param url its {@code URL}, e.g. {@code unix:///var/run/docker.sock} or {@code tcp://10.0.0.5:9001}
 * @param publicUrl its {@code PublicURL}, or {@code ""}
 * @param groupId its group
 * @param status 1 up, 2 down (for Edge environments, see {@code heartbeat})
 * @param heartbeat whether an Edge agent checked in recently
 * @param edgeAsync whether it is an asynchronous Edge environment (no Docker proxy, no stacks)
 * @param tagIds its tags
 * @param swarm whether its last snapshot says Swarm, or null without a snapshot
 * @param dockerVersion the engine version of its last snapshot, or {@code ""}
 */
public record Environment(int id, String name, int type, String url, String publicUrl, int groupId, int status,
    boolean heartbeat, boolean edgeAsync, List<Integer> tagIds, Boolean swarm, String dockerVersion) {

  /** Copies the list and puts empty strings for missing text. */
  public Environment {
    name = Objects.requireNonNullElse(name, "");
    url = Objects.requireNonNullElse(url, "");
    publicUrl = Objects.requireNonNullElse(publicUrl, "");
    tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
    dockerVersion = Objects.requireNonNullElse(dockerVersion, "");
  }

  /** Whether Portainer reports it up ({@code Status} 1). */
  public boolean isUp() {
    return status == 1;
  }

  /** Whether it is reached through an Edge agent (types 4 and 7). */
  public boolean isEdge() {
    return type == 4 || type == 7;
  }

  /** Whether it is a Docker environment (types 1, 2 and 4), where compose and swarm stacks run. */
  public boolean isDocker() {
    return type == 1 || type == 2 || type == 4;
  }

  /** Whether it is a Kubernetes environment (types 5, 6 and 7). */
  public boolean isKubernetes() {
    return type >= 5 && type <= 7;
  }
}
