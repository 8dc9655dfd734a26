package dev.phoenix.core.compose.rewrite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The hardening a service gets from {@link ComposeRewriter#harden(String, java.util.function.UnaryOperator)}:
 * {@code security_opt: [no-new-privileges:true]}, {@code cap_drop: [ALL]} with the capabilities to
 * keep under {@code cap_add}, {@code read_only: true} with a {@code tmpfs} for each writable path,
 * and a non-root {@code user}. Without {@link #user(String)}, a non-root user already in the file
 * is kept and otherwise {@code 65534:65534} (nobody) is set. Immutable.
 */
public final class HardeningPreset {
  private final List<String> keepCapabilities;
  private final List<String> writablePaths;
  private final String user;

  private HardeningPreset(List<String> keepCapabilities, List<String> writablePaths, String user) {
    this.keepCapabilities = List.copyOf(keepCapabilities);
    this.writablePaths = List.copyOf(writablePaths);
    this.user = user;
  }

  /** The preset with nothing kept, nothing writable and the default user. */
  public static HardeningPreset create() {
    return new HardeningPreset(List.of(), List.of(), null);
  }

  /** Capabilities to add back after dropping all ({@code NET_BIND_SERVICE}). */
  public HardeningPreset keepCapabilities(String... capabilities) {
    List<String> kept = new ArrayList<>(keepCapabilities);
    Arrays.stream(capabilities).map(Objects::requireNonNull).forEach(kept::add);
    return new HardeningPreset(kept, writablePaths, user);
  }

  /** Absolute paths that stay writable on the read-only root, as {@code tmpfs} mounts. */
  public HardeningPreset writablePaths(String... paths) {
    List<String> writable = new ArrayList<>(writablePaths);
    Arrays.stream(paths).map(Objects::requireNonNull).forEach(writable::add);
    return new HardeningPreset(keepCapabilities, writable, user);
  }

  /** The non-root user to run as ({@code 1000:1000}, {@code app}). */
  public HardeningPreset user(String name) {
    return new HardeningPreset(keepCapabilities, writablePaths, Objects.requireNonNull(name, "user"));
  }

  /** The capabilities kept. */
  public List<String> keptCapabilities() {
    return keepCapabilities;
  }

  /** The writable paths. */
  public List<String> writable() {
    return writablePaths;
  }

  /** The user, when set. */
  public Optional<String> runAs() {
    return Optional.ofNullable(user);
  }
}
