package dev.phoenix.core.lint.internal;

import dev.phoenix.api.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw text of one compose file with its line starts, so that positions recorded by the loader's
 * tree (1-based line and column) can be turned into offsets and back.
 */
final class SourceText {
  private final Path path;
  private final String text;
  private final int[] lineStarts;

  SourceText(Path path, String text) {
    this.path = path;
    this.text = text;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  Path path() {
    return path;
  }

  String text() {
    return text;
  }

  /** The offset of a recorded position, or -1 when it lies outside the text. */
  int offset(SourceLocation location) {
    if (location == null || location.line() < 1 || location.line() > lineStarts.length) {
      return -1;
    }
    int offset = lineStarts[location.line() - 1] + Math.max(location.column(), 1) - 1;
    return offset <= text.length() ? offset : -1;
  }

  /** The place of an offset in this file. */
  Place place(int offset) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (lineStarts[middle] <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return new Place(path, low + 1, offset - lineStarts[low] + 1);
  }

  /** The place of a recorded position, or the start of the file when none is known. */
  Place place(SourceLocation location) {
    if (location == null || location.line() == 0) {
      return new Place(path, 0, 0);
    }
    return new Place(path, location.line(), location.column());
  }
}
