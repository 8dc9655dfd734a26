package dev.phoenix.portainer;

import java.util.List;
import java.util.Objects;

/**
 * A stack as Portainer keeps it (what {@code GET /api/stacks/{id}} returns); fields this client does
 * not know are ignored. {@link #status()} is Portainer's bookkeeping, not the health of the
 * containers: a failed compose update leaves the stack down while its status still says active;
 * ask {@link PortainerStacks#containers} for the containers.
 *
 * @param id the stack's ID
 * @param name the normalized name, also the compose project or swarm namespace
 * @param type compose, swarm or Kubernetes
 * @param endpointId the environment it was deployed to
 * @param swarmId the Swarm's ID for swarm stacks, {@code ""} otherwise
 * @param entryPoint the main compose file ({@code docker-compose.yml}, or the path in a git repository)
 * @param additionalFiles further compose files
 * @param env the variables it was deployed with
 * @param status 1 when Portainer considers it active, 2 when stopped
 * @param projectPath where Portainer keeps its files, on the Portainer server
 * @param creationDate unix seconds, 0 when unknown
 * @param updateDate unix seconds, 0 when never updated
 * @param createdBy the user who created it
 * @param updatedBy the user who last updated it
 * @param gitConfig where it comes from when git-based, else null
 * @param autoUpdate its auto-update settings, or null
 * @param fromAppTemplate whether Portainer marks it as made from a template (also set when a PUT
 *     detached it from git)
 */
public record PortainerStack(int id, String name, StackType type, int endpointId, String swarmId, String entryPoint,
    List<String> additionalFiles, StackEnv env, int status, String projectPath, long creationDate, long updateDate,
    String createdBy, String updatedBy, GitConfig gitConfig, AutoUpdate autoUpdate, boolean fromAppTemplate) {

  /** Copies the lists and puts empty values for missing ones. */
  public PortainerStack {
    name = Objects.requireNonNullElse(name, "");
    type = Objects.requireNonNullElse(type, StackType.UNKNOWN);
    swarmId = Objects.requireNonNullElse(swarmId, "");
    additionalFiles = additionalFiles == null ? List.of() : List.copyOf(additionalFiles);
    env = Objects.requireNonNullElse(env, StackEnv.empty());
  }

  /** Whether Portainer considers it active ({@code Status} 1); this says nothing about health. */
  public boolean isActive() {
    return status == 1;
  }

  /** Whether it is deployed from a git repository (update it with {@link PortainerStacks#redeployFromGit}). */
  public boolean isGitBased() {
    return gitConfig != null;
  }

  /** Where it is deployed: its environment, and its Swarm for swarm stacks. */
  public StackTarget target() {
    return type == StackType.SWARM ? StackTarget.swarm(endpointId, swarmId) : StackTarget.compose(endpointId);
  }
}
