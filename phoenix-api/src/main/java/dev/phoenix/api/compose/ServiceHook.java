package dev.phoenix.api.compose;

import java.util.List;
import java.util.Map;

/**
 * A command run inside a service's container at a point of its life ({@code post_start},
 * {@code pre_stop}).
 *
 * @param command the command and its arguments; null when not set
 * @param user the user to run as, or null for the container's
 * @param privileged whether the command runs with extended privileges
 * @param workingDir the working directory, or null for the container's
 * @param environment extra variables; a null value names a variable without a value
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record ServiceHook(
    List<String> command,
    String user,
    boolean privileged,
    String workingDir,
    Map<String, String> environment,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Copies the collections. */
  public ServiceHook {
    command = Copies.listOrNull(command, "hook command");
    environment = Copies.mapWithNulls(environment, "hook environment");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** A hook that runs {@code command} with the container's defaults. */
  public static ServiceHook of(List<String> command) {
    return new ServiceHook(command, null, false, null, Map.of(), Map.of(), Map.of());
  }
}
