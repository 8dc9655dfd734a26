package dev.phoenix.core.compose.internal.normalize;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes relative paths absolute as Compose does: against the project working directory, with a
 * leading {@code ~} replaced by the home directory. Remote build contexts (URLs, Git references,
 * {@code service:} references) are left alone. When path resolution is off, paths are kept as
 * written.
 */
final class PathResolver {
  private static final List<String> REMOTE_PREFIXES = List.of("https://", "http://", "git://", "ssh://", "github.com/", "git@");

  private final Path workingDirectory;
  private final Path homeDirectory;
  private final boolean enabled;

  PathResolver(Path workingDirectory, Path homeDirectory, boolean enabled) {
    this.workingDirectory = workingDirectory;
    this.homeDirectory = homeDirectory;
    this.enabled = enabled;
  }

  /** A path made absolute (as Go's {@code filepath.Join} does, cleaned), unless resolution is off. */
  String absolute(String path) {
    if (!enabled || path.isEmpty()) {
      return path;
    }
    String expanded = expandHome(path);
    if (expanded.startsWith("/")) {
      return clean(Path.of(expanded));
    }
    return join(workingDirectory, expanded);
  }

  /**
   * A host path that may be written for either platform (bind sources, secret and config files):
   * Windows absolute paths such as {@code C:\data} are kept as they are.
   */
  String hostPath(String path) {
    if (!enabled || path.isEmpty() || isWindowsAbsolute(path)) {
      return path;
    }
    return absolute(path);
  }

  /** A build context: remote contexts and {@code service:} references are kept as they are. */
  String buildContext(String context) {
    if (context.contains("://") || context.startsWith("service:")) {
      return context;
    }
    for (String prefix : REMOTE_PREFIXES) {
      if (context.startsWith(prefix)) {
        return context;
      }
    }
    return absolute(context);
  }

  /** A file read by the loader itself (env files, label files): always absolute. */
  Path file(String path) {
    String expanded = expandHome(path);
    try {
      Path candidate = Path.of(expanded);
      return candidate.isAbsolute() || workingDirectory == null ? candidate.normalize() : workingDirectory.resolve(candidate).normalize();
    } catch (InvalidPathException e) {
      return Path.of(path);
    }
  }

  private String expandHome(String path) {
    if (path.startsWith("~") && homeDirectory != null) {
      return join(homeDirectory, path.substring(1));
    }
    return path;
  }

  private static String join(Path base, String path) {
    if (base == null) {
      return path;
    }
    String joined = path.isEmpty() ? base.toString() : base + "/" + path;
    try {
      return clean(Path.of(joined));
    } catch (InvalidPathException e) {
      return joined;
    }
  }

  private static String clean(Path path) {
    return path.normalize().toString();
  }

  /** {@code C:\x}, {@code C:/x} or a UNC path {@code \\server\share}. */
  static boolean isWindowsAbsolute(String path) {
    if (path.startsWith("\\\\")) {
      return true;
    }
    return path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':' && (path.charAt(2) == '\\' || path.charAt(2) == '/');
  }
}
