package dev.phoenix.core.lint.internal;

import java.nio.file.Path;

/** A position in a compose file: 1-based line and column, 0 when not known. */
record Place(Path file, int line, int column) {

  /** {@code compose.yaml:12} relative to {@code base}, for messages that point at another place. */
  String shortForm(Path base) {
    Path shown = base != null && file.startsWith(base) ? base.relativize(file) : file;
    return shown.toString().replace('\\', '/') + ":" + line;
  }
}
