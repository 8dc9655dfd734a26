package dev.phoenix.core.engine.internal.observe;

import java.util.Map;

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

  public ObservedContainer {
    labels = Map.copyOf(labels);
  }

  /** A label's value, or null. */
  public String label(String key) {
    return labels.get(key);
  }

  /** Whether the container runs (or is restarting). */
  public boolean isRunning() {
    return "running".equals(state) || "restarting".equals(state);
  }
}
