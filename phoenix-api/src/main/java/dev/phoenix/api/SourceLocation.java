package dev.phoenix.api;

import java.util.Objects;

/**
 * A position in a source file: the file as the user named it, a 1-based line and a 1-based column.
 * A line or column of 0 means "not known" (the error concerns the file as a whole).
 *
 * <p>{@link #toString()} gives the conventional {@code file:line:column} form that editors and
 * terminals turn into links.
 */
public record SourceLocation(String file, int line, int column) {

  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative");
    }
  }

  /** A location that names a whole file. */
  public static SourceLocation ofFile(String file) {
    return new SourceLocation(file, 0, 0);
  }

  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
