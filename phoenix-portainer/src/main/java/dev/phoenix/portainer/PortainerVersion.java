package dev.phoenix.portainer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version a Portainer server reports ({@code GET /api/system/status}), which decides the routes
 * the client uses: stacks are created with {@code POST /api/stacks/create/{type}/{method}} from 2.19
 * on, and with {@code POST /api/stacks?type=&method=} before.
 *
 * <pre>{@code
 * PortainerVersion v = PortainerVersion.parse("2.23.0");
 * v.isAtLeast(2, 19);   // true
 * }</pre>
 *
 * @param major the major version
 * @param minor the minor version
 * @param patch the patch version
 */
public record PortainerVersion(int major, int minor, int patch) implements Comparable<PortainerVersion> {
  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");

  /** Checks that no part is negative. */
  public PortainerVersion {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("a version has no negative parts: " + major + "." + minor + "." + patch);
    }
  }

  /**
   * Parses {@code 2.23.0}, {@code 2.19}, {@code v2.18.4} or {@code 2.21.0-rc1} (anything after the
   * numbers is ignored).
   *
   * @throws IllegalArgumentException when the text does not start with {@code major.minor}
   */
  public static PortainerVersion parse(String text) {
    Matcher m = VERSION.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a Portainer version: '" + text + "'");
    }
    return new PortainerVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
  }

  /** Whether this version is {@code major.minor.0} or later. */
  public boolean isAtLeast(int major, int minor) {
    return compareTo(new PortainerVersion(major, minor, 0)) >= 0;
  }

  /** Whether stacks are created with {@code POST /api/stacks/create/{type}/{method}} (2.19 and later). */
  public boolean hasTypedCreateRoutes() {
    return isAtLeast(2, 19);
  }

  @Override
  public int compareTo(PortainerVersion other) {
    int c = Integer.compare(major, other.major);
    if (c == 0) {
      c = Integer.compare(minor, other.minor);
    }
    return c != 0 ? c : Integer.compare(patch, other.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
