package dev.phoenix.core.stack;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A staged path the reading side cannot use, with what to do about it.
 *
 * @param path the path as the writer sees it
 * @param problem what is wrong, naming the missing permission and the reader
 * @param fix a command or change that would make it work
 */
public record ReadProblem(Path path, String problem, String fix) {

  /** Checks that every part is present. */
  public ReadProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(fix, "fix");
  }

  /** One line for a person: the path, the problem and the fix. */
  public String describe() {
    return path + ": " + problem + "; fix: " + fix;
  }
}
