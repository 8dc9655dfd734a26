package dev.phoenix.core.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rendered stack written to a staging area: where its files are for the writer and for the
 * reader, and how its bind mounts look from the reader's side.
 *
 * @param name the stack's name
 * @param writerComposeFile the staged compose file as the writer sees it
 * @param readerComposeFile the same file as the reader sees it
 * @param files every staged file (the compose file first, then {@code .env} when there is one), as
 *     the writer sees them
 * @param mounts the bind mounts of the stack's services
 */
public record StagedStack(String name, Path writerComposeFile, Path readerComposeFile, List<Path> files,
    List<Mount> mounts) {

  /** Checks the parts and copies the lists. */
  public StagedStack {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(writerComposeFile, "writerComposeFile");
    Objects.requireNonNull(readerComposeFile, "readerComposeFile");
    files = List.copyOf(files);
    mounts = List.copyOf(mounts);
  }

  /** The bind mounts whose source the reader cannot see through the mapping. */
  public List<Mount> invisibleMounts() {
    return mounts.stream().filter(mount -> mount.readerSource().isEmpty()).toList();
  }

  /**
   * A service's bind mount seen from both sides.
   *
   * @param service the service's name
   * @param target the path in the container
   * @param writerSource the host path as the rendered file names it (the writer's view)
   * @param readerSource the same path as the reader sees it, or empty when it lies outside the
   *     staging area and the reader cannot see it through the mapping
   */
  public record Mount(String service, String target, Path writerSource, Optional<Path> readerSource) {

    /** Checks that every part is present. */
    public Mount {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(writerSource, "writerSource");
      Objects.requireNonNull(readerSource, "readerSource");
    }
  }
}
