package dev.phoenix.core.lint;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One stack to lint: its name, its directory, its compose files in order, its {@code .env} (or
 * null), and how it will be deployed.
 *
 * @param stagedForRemoteDaemon whether the files are deployed to a daemon on another machine,
 *     where a relative bind mount would resolve against that machine's file system
 * @param swarmTarget whether the stack goes to a Swarm ({@code docker stack deploy} semantics)
 */
public record LintedStack(String name, Path directory, List<Path> composeFiles, Path envFile,
    boolean stagedForRemoteDaemon, boolean swarmTarget) {

  public LintedStack {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(directory, "directory");
    composeFiles = List.copyOf(Objects.requireNonNull(composeFiles, "composeFiles"));
    if (name.isBlank()) {
      throw new IllegalArgumentException("stack name must not be blank");
    }
    if (composeFiles.isEmpty()) {
      throw new IllegalArgumentException("stack " + name + " has no compose file");
    }
  }
}
