package dev.phoenix.core.engine.internal.connect;

/**
 * An Engine API version such as {@code 1.41}.
 *
 * @param major the major number
 * @param minor the minor number
 */
public record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {
  /** The newest version Phoenix speaks: the newest docker-java 3.7.1 knows. */
  public static final ApiVersion NEWEST_SUPPORTED = new ApiVersion(1, 44);
  /** The oldest version Phoenix speaks (Docker 19.03); older engines are refused. */
  public static final ApiVersion OLDEST_SUPPORTED = new ApiVersion(1, 40);

  /** Parses {@code 1.41}. */
  public static ApiVersion parse(String text) {
    int dot = text == null ? -1 : text.indexOf('.');
    if (dot <= 0) {
      throw new IllegalArgumentException("not an API version: " + text);
    }
    try {
      return new ApiVersion(Integer.parseInt(text.substring(0, dot).strip()), Integer.parseInt(text.substring(dot + 1).strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an API version: " + text, e);
    }
  }

  /** Whether {@code actual} is {@code required} or newer; an unreadable version counts as old. */
  public static boolean atLeast(String actual, String required) {
    try {
      return parse(actual).atLeast(parse(required));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether this version is {@code other} or newer. */
  public boolean atLeast(ApiVersion other) {
    return compareTo(other) >= 0;
  }

  @Override
  public int compareTo(ApiVersion other) {
    return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
