package dev.phoenix.core.compose.internal.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Everything one load was asked to do; made by the builder, read by {@link ProjectLoader}. */
record LoadRequest(
    Path workingDirectory,
    Path currentDirectory,
    List<Path> files,
    List<InlineFile> inlineFiles,
    List<Path> envFiles,
    Map<String, String> environment,
    String projectName,
    Set<String> profiles,
    boolean interpolate,
    boolean normalize,
    boolean resolvePaths,
    boolean consistencyCheck,
    Consumer<String> warnings) {

  /** A compose file given as text. */
  record InlineFile(String name, String content) {
  }

  LoadRequest {
    files = List.copyOf(files);
    inlineFiles = List.copyOf(inlineFiles);
    envFiles = List.copyOf(envFiles);
    environment = Map.copyOf(environment);
    profiles = Set.copyOf(profiles);
  }
}
