package dev.phoenix.core.compose.internal.load;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeFileException;
import java.util.regex.Pattern;

/** Compose's rules for project names: validity of the imperative ones, normalization of the rest. */
public final class ProjectNames {
  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  private ProjectNames() {
  }

  /**
   * A name given with {@code -p} or {@code COMPOSE_PROJECT_NAME} must already be valid: compose
   * refuses it rather than silently renaming the project.
   */
  static String requireValid(String name, String source) {
    if (!VALID.matcher(name).matches()) {
      throw new ComposeFileException(null, null, "invalid project name \"" + name + "\" (from " + source
          + "): must consist only of lowercase alphanumeric characters, hyphens, and underscores"
          + " as well as start with a letter or number");
    }
    return name;
  }

  /**
   * A name from the top-level {@code name:} or the directory is normalized as compose does:
   * lowercased, characters outside {@code [a-z0-9_-]} dropped, leading {@code _} and {@code -}
   * stripped. An empty result is an error.
   */
  static String normalize(String name, String source, SourceLocation location) {
    String normalized = normalized(name);
    if (normalized.isEmpty()) {
      throw new ComposeFileException(location, null, "project name \"" + name + "\" (from " + source
          + ") has no valid character left after normalization: set one with -p or a top-level name:");
    }
    return normalized;
  }

  /**
   * {@code name} normalized as compose normalizes a {@code name:} or a directory name: lowercased,
   * characters outside {@code [a-z0-9_-]} dropped, leading {@code _} and {@code -} stripped; empty
   * when nothing is left.
   */
  public static String normalized(String name) {
    StringBuilder result = new StringBuilder(name.length());
    for (char c : name.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
        result.append(c);
      }
    }
    int start = 0;
    while (start < result.length() && (result.charAt(start) == '_' || result.charAt(start) == '-')) {
      start++;
    }
    return result.substring(start);
  }
}
