package dev.phoenix.core.engine.internal.image;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a {@code .dockerignore} file, matched the way the docker CLI matches them: one
 * pattern a line, {@code #} comments, Go {@code filepath.Match} wildcards ({@code *}, {@code ?},
 * {@code [...]}, {@code \} escapes) plus {@code **} for any number of directories, a leading
 * {@code /} ignored, {@code !} re-including what an earlier pattern excluded. A pattern that
 * matches a directory excludes everything below it; the last matching pattern decides.
 */
final class DockerIgnore {
  private final List<Rule> rules;

  private DockerIgnore(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Nothing ignored. */
  static DockerIgnore none() {
    return new DockerIgnore(List.of());
  }

  /** The rules of a {@code .dockerignore} file's content. */
  static DockerIgnore parse(String content) {
    List<Rule> rules = new ArrayList<>();
    for (String raw : content.split("\r?\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean include = line.startsWith("!");
      if (include) {
        line = line.substring(1).strip();
      }
      String pattern = clean(line);
      if (pattern.isEmpty()) {
        continue;
      }
      rules.add(new Rule(include, Pattern.compile(toRegex(pattern))));
    }
    return new DockerIgnore(rules);
  }

  /**
   * Whether {@code path} (relative to the context, {@code /}-separated) is left out of the
   * context.
   */
  boolean excludes(String path) {
    boolean excluded = false;
    for (Rule rule : rules) {
      // Only a rule that could change the answer needs to be tried.
      if (rule.include() != excluded) {
        continue;
      }
      if (matchesOrParentMatches(rule.pattern(), path)) {
        excluded = !rule.include();
      }
    }
    return excluded;
  }

  /**
   * Whether a directory excluded as a whole may still hold something a {@code !} rule takes back,
   * so that it has to be walked.
   */
  boolean hasReinclusions() {
    return rules.stream().anyMatch(Rule::include);
  }

  private static boolean matchesOrParentMatches(Pattern pattern, String path) {
    if (pattern.matcher(path).matches()) {
      return true;
    }
    int slash = path.indexOf('/');
    while (slash >= 0) {
      if (pattern.matcher(path.substring(0, slash)).matches()) {
        return true;
      }
      slash = path.indexOf('/', slash + 1);
    }
    return false;
  }

  /** Go's {@code filepath.Clean} on a {@code /}-separated pattern, without the leading {@code /}. */
  private static String clean(String pattern) {
    List<String> parts = new ArrayList<>();
    for (String part : pattern.replace('\\', '\u0000').split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
        continue;
      }
      parts.add(part);
    }
    return String.join("/", parts).replace('\u0000', '\\');
  }

  private static String toRegex(String pattern) {
    StringBuilder regex = new StringBuilder();
    int length = pattern.length();
    for (int i = 0; i < length; i++) {
      char c = pattern.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < length && pattern.charAt(i + 1) == '*') {
            i++;
            if (i + 1 < length && pattern.charAt(i + 1) == '/') {
              // "**/" matches zero or more whole directories.
              i++;
              regex.append("(.*/)?");
            } else {
              regex.append(".*");
            }
          } else {
            regex.append("[^/]*");
          }
        }
        case '?' -> regex.append("[^/]");
        case '\\' -> {
          if (i + 1 < length) {
            i++;
            regex.append(Pattern.quote(String.valueOf(pattern.charAt(i))));
          } else {
            regex.append("\\\\");
          }
        }
        case '[' -> {
          int end = pattern.indexOf(']', i + 1);
          if (end < 0) {
            regex.append("\\[");
          } else {
            String body = pattern.substring(i + 1, end);
            if (body.startsWith("^") || body.startsWith("!")) {
              body = "^" + body.substring(1);
            }
            // A backslash escapes inside a class in Go and in Java alike.
            regex.append('[').append(body.replace("[", "\\[").replace("&&", "&\\&")).append(']');
            i = end;
          }
        }
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }

  private record Rule(boolean include, Pattern pattern) {
  }
}
