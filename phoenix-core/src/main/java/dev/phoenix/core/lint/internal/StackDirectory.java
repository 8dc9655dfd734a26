package dev.phoenix.core.lint.internal;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.core.lint.LintedStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the stacks of a directory for linting: each subdirectory (in name order) holding a
 * compose file, with its {@code .env} when there is one. The first of {@code compose.yaml},
 * {@code compose.yml}, {@code docker-compose.yml}, {@code docker-compose.yaml} is the stack's file,
 * as Compose picks it.
 */
public final class StackDirectory {
  private static final List<String> FILE_NAMES = List.of("compose.yaml", "compose.yml", "docker-compose.yml",
      "docker-compose.yaml");

  private StackDirectory() {
  }

  /** The stacks below {@code directory}, named after their subdirectory. */
  public static List<LintedStack> discover(Path directory, boolean stagedForRemoteDaemon, boolean swarmTarget) {
    List<Path> subdirectories;
    try (Stream<Path> children = Files.list(directory)) {
      subdirectories = children.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new PhoenixException("cannot list the stacks directory " + directory + ": " + e.getMessage(), e);
    }
    List<LintedStack> stacks = new ArrayList<>();
    for (Path subdirectory : subdirectories) {
      FILE_NAMES.stream().map(subdirectory::resolve).filter(Files::isRegularFile).findFirst().ifPresent(file -> {
        Path env = subdirectory.resolve(".env");
        stacks.add(new LintedStack(subdirectory.getFileName().toString(), subdirectory, List.of(file),
            Files.isRegularFile(env) ? env : null, stagedForRemoteDaemon, swarmTarget));
      });
    }
    return stacks;
  }
}
