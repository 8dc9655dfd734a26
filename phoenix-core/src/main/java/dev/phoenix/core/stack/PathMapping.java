package dev.phoenix.core.stack;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One directory seen from two sides: {@code writerRoot} is where Phoenix writes (a local path,
 * an NFS mount), {@code readerRoot} is the same directory as the Docker daemon or agent that reads
 * the files sees it (often another path, inside a container or on another host).
 *
 * <pre>{@code
 * PathMapping mapping = new PathMapping(Path.of("/mnt/nfs/stacks"), Path.of("/srv/stacks"));
 * mapping.toReader(Path.of("/mnt/nfs/stacks/shop/data"));   // Optional[/srv/stacks/shop/data]
 * }</pre>
 *
 * @param writerRoot the directory as the writer sees it; absolute
 * @param readerRoot the same directory as the reader sees it; absolute
 */
public record PathMapping(Path writerRoot, Path readerRoot) {

  /** Checks that both roots are absolute and normalizes them. */
  public PathMapping {
    writerRoot = absolute(writerRoot, "writerRoot");
    readerRoot = absolute(readerRoot, "readerRoot");
  }

  /** A mapping where writer and reader see the directory at the same path. */
  public static PathMapping same(Path root) {
    return new PathMapping(root, root);
  }

  /**
   * Where the reader finds {@code writerPath}.
   *
   * @param writerPath an absolute path as the writer sees it
   * @return the reader's path, or empty when {@code writerPath} lies outside the writer root and
   *     the reader therefore cannot see it through this mapping
   */
  public Optional<Path> toReader(Path writerPath) {
    Path path = absolute(writerPath, "writerPath");
    if (!path.startsWith(writerRoot)) {
      return Optional.empty();
    }
    return Optional.of(readerRoot.resolve(writerRoot.relativize(path).toString()).normalize());
  }

  private static Path absolute(Path path, String what) {
    Objects.requireNonNull(path, what);
    if (!path.isAbsolute()) {
      throw new IllegalArgumentException(what + " must be an absolute path: " + path);
    }
    return path.normalize();
  }
}
