package dev.phoenix.core.stack;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.stack.ManifestException;
import dev.phoenix.api.stack.StackManifest;
import dev.phoenix.core.compose.internal.load.ComposeFiles;
import dev.phoenix.core.compose.internal.load.ProjectNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A directory of stacks: each immediate subdirectory holding a compose file is one stack, with
 * an optional {@code .env} and {@code phoenix.json} beside it.
 *
 * <pre>{@code
 * stacks/
 *   shop/     compose.yaml  .env  phoenix.json
 *   blog/     docker-compose.yml
 *   notes/    README.md                 (no compose file: skipped)
 *   .git/                               (hidden: skipped)
 * }</pre>
 *
 * <p>A stack that cannot be used (a broken manifest, a name another stack has) is reported with
 * its problems, and does not stop the others.
 */
public final class StacksDirectory {
  /** The compose file names, in Compose's order of preference. */
  public static final List<String> COMPOSE_FILE_NAMES = ComposeFiles.DEFAULT_NAMES;
  private static final Logger LOG = LoggerFactory.getLogger(StacksDirectory.class);

  private StacksDirectory() {
  }

  /**
   * The stacks in {@code dir}, sorted by directory name. Hidden directories (whose name starts
   * with a dot) and directories without a compose file are skipped. When a directory holds more
   * than one compose file, the first in {@link #COMPOSE_FILE_NAMES} is used, as Compose does, and
   * a warning is logged.
   *
   * @throws PhoenixException when {@code dir} is not a readable directory
   */
  public static List<DiscoveredStack> discover(Path dir) {
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = list.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new PhoenixException("cannot list the stacks directory " + dir + ": " + e.getMessage(), e);
    }
    List<DiscoveredStack> found = new ArrayList<>();
    for (Path child : children) {
      String directoryName = child.getFileName().toString();
      if (directoryName.startsWith(".")) {
        LOG.debug("Skipping hidden directory {}", child);
        continue;
      }
      List<Path> composeFiles = COMPOSE_FILE_NAMES.stream().map(child::resolve).filter(Files::isRegularFile).toList();
      if (composeFiles.isEmpty()) {
        LOG.debug("Skipping {}: no {}", child, String.join(", ", COMPOSE_FILE_NAMES));
        continue;
      }
      if (composeFiles.size() > 1) {
        LOG.warn("{} holds {} compose files; using {}", child, composeFiles.size(), composeFiles.get(0).getFileName());
      }
      found.add(inspect(child, composeFiles.get(0)));
    }
    return markClashes(found);
  }

  private static DiscoveredStack inspect(Path directory, Path composeFile) {
    List<String> problems = new ArrayList<>();
    Path envFile = directory.resolve(".env");
    StackManifest manifest = StackManifest.empty();
    Path manifestFile = directory.resolve(StackManifests.FILE_NAME);
    if (Files.exists(manifestFile)) {
      try {
        manifest = StackManifests.read(manifestFile);
      } catch (ManifestException e) {
        problems.add(e.getMessage());
      }
    }
    String name = manifest.name();
    if (name == null) {
      name = normalizeName(directory.getFileName().toString());
      if (name.isEmpty()) {
        problems.add("the directory name \"" + directory.getFileName()
            + "\" has no character valid in a stack name: set \"name\" in " + StackManifests.FILE_NAME);
        name = directory.getFileName().toString();
      }
    }
    return new DiscoveredStack(name, directory, composeFile, Files.isRegularFile(envFile) ? envFile : null,
        manifest, problems);
  }

  /** Two stacks that would deploy under one name would overwrite each other: both are broken. */
  private static List<DiscoveredStack> markClashes(List<DiscoveredStack> stacks) {
    Map<String, List<DiscoveredStack>> byName = new LinkedHashMap<>();
    stacks.forEach(stack -> byName.computeIfAbsent(stack.name(), key -> new ArrayList<>()).add(stack));
    List<DiscoveredStack> result = new ArrayList<>(stacks.size());
    for (DiscoveredStack stack : stacks) {
      List<DiscoveredStack> same = byName.get(stack.name());
      if (same.size() == 1) {
        result.add(stack);
        continue;
      }
      List<String> problems = new ArrayList<>(stack.problems());
      List<String> others = same.stream().filter(other -> other != stack).map(other -> other.directory().toString()).toList();
      problems.add("stack name \"" + stack.name() + "\" is also the name of " + String.join(", ", others));
      result.add(new DiscoveredStack(stack.name(), stack.directory(), stack.composeFile(), stack.envFile(),
          stack.manifest(), problems));
    }
    return List.copyOf(result);
  }

  /** A directory name made a project name as Compose makes it; empty when nothing is left. */
  static String normalizeName(String directoryName) {
    return ProjectNames.normalized(directoryName);
  }

}
