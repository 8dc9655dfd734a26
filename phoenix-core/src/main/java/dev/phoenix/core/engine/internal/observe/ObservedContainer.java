package dev.phoenix.core.engine.internal.observe;

import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One container of a stack as the container list reports it.
 *
 * @param id the container ID
 * @param name the name without the leading slash
 * @param service the {@code com.docker.compose.service} label
 * @param number the {@code com.docker.compose.container-number} label, or 0 when absent
 * @param oneoff whether {@code com.docker.compose.oneoff} is {@code True}
 * @param image the image reference it was created with
 * @param imageId the image ID it runs ({@code sha256:…})
 * @param state {@code created}, {@code running}, {@code exited}, …
 * @param status the status text ({@code Up 3 seconds (healthy)})
 * @param created creation time, seconds since the epoch
 * @param labels all its labels
 */
public record ObservedContainer(
    String id,
    String name,
    String service,
    int number,
    boolean oneoff,
    String image,
    String imageId,
    String state,
    String status,
    long created,
    Map<String, String> labels) {

  private static final Pattern EXITED = Pattern.compile("^Exited \\((-?\\d+)\\)");

  public ObservedContainer {
    labels = Map.copyOf(labels);
  }

  /** A label's value, or null. */
  public String label(String key) {
    return labels.get(key);
  }

  /** The exit code its status text gives ({@code Exited (137) 2 minutes ago}), if it has one. */
  public OptionalInt exitCode() {
    return exitCodeOf(status);
  }

  /** The exit code in a container list's status text, if it has one. */
  public static OptionalInt exitCodeOf(String status) {
    if (status == null) {
      return OptionalInt.empty();
    }
    Matcher matcher = EXITED.matcher(status);
    if (!matcher.find()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(matcher.group(1)));
    } catch (NumberFormatException tooLarge) {
      return OptionalInt.empty();
    }
  }

  /** Whether the container runs (or is restarting). */
  public boolean isRunning() {
    return "running".equals(state) || "restarting".equals(state);
  }
}
