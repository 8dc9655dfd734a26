package dev.phoenix.portainer;

import java.util.Objects;

/**
 * A redeploy of a git stack ({@code PUT /api/stacks/{id}/git/redeploy}): pulls the repository and
 * deploys it. Portainer overwrites the stored reference and environment with what is sent, even
 * when empty, so both are always sent; a null password keeps the stored one.
 *
 * @param reference the reference to deploy, e.g. {@code refs/heads/main}
 * @param env the stack's variables (replaces the stored ones)
 * @param username the repository user, or null for no credentials
 * @param password the repository password, or null to keep the stored one; never printed
 * @param options pull and prune
 */
public record GitRedeploy(String reference, StackEnv env, String username, String password, UpdateOptions options) {

  /** Checks the reference and puts defaults for missing parts. */
  public GitRedeploy {
    if (Objects.requireNonNull(reference, "reference").isBlank()) {
      throw new IllegalArgumentException("a git redeploy needs the reference (Portainer overwrites it even if empty)");
    }
    env = Objects.requireNonNullElse(env, StackEnv.empty());
    options = Objects.requireNonNullElse(options, UpdateOptions.DEFAULT);
  }

  /** A redeploy of {@code reference} with {@code env}, the stored credentials, no pull or prune. */
  public static GitRedeploy of(String reference, StackEnv env) {
    return new GitRedeploy(reference, env, null, null, UpdateOptions.DEFAULT);
  }

  /** This redeploy with repository credentials. */
  public GitRedeploy withCredentials(String username, String password) {
    return new GitRedeploy(reference, env, username, password, options);
  }

  /** This redeploy with these options. */
  public GitRedeploy withOptions(UpdateOptions options) {
    return new GitRedeploy(reference, env, username, password, options);
  }

  @Override
  public String toString() {
    return "GitRedeploy[reference=" + reference + ", env=" + env
        + (username == null ? "" : ", username=" + username) + (password == null ? "" : ", password=***")
        + ", options=" + options + "]";
  }
}
