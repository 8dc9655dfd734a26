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
 * is kept and otherwise {@code 65534:65534} (nobody) is set. {@code no-new-privileges} and the
 * read-only root can each be left out ({@link #noNewPrivileges(boolean)}, {@link #readOnly(boolean)}).
 * Immutable.
 */
public final class HardeningPreset {
  private final List<String> keepCapabilities;
  private final List<String> writablePaths;
  private final String user;
  private final boolean noNewPrivileges;
  private final boolean readOnly;

  private HardeningPreset(List<String> keepCapabilities, List<String> writablePaths, String user,
      boolean noNewPrivileges, boolean readOnly) {
    this.keepCapabilities = List.copyOf(keepCapabilities);
    this.writablePaths = List.copyOf(writablePaths);
    this.user = user;
    this.noNewPrivileges = noNewPrivileges;
    this.readOnly = readOnly;
  }

  /** The preset with nothing kept, nothing writable, the default user, no new privileges and a read-only root. */
  public static HardeningPreset create() {
    return new HardeningPreset(List.of(), List.of(), null, true, true);
  }

  /** Capabilities to add back after dropping all ({@code NET_BIND_SERVICE}). */
  public HardeningPreset keepCapabilities(String... capabilities) {
    List<String> kept = new ArrayList<>(keepCapabilities);
    Arrays.stream(capabilities).map(Objects::requireNonNull).forEach(kept::add);
    return new HardeningPreset(kept, writablePaths, user, noNewPrivileges, readOnly);
  }

  /** Absolute paths that stay writable on the read-only root, as {@code tmpfs} mounts. */
  public HardeningPreset writablePaths(String... paths) {
    List<String> writable = new ArrayList<>(writablePaths);
    Arrays.stream(paths).map(Objects::requireNonNull).forEach(writable::add);
    return new HardeningPreset(keepCapabilities, writable, user, noNewPrivileges, readOnly);
  }

  /** The non-root user to run as ({@code 1000:1000}, {@code app}). */
  public HardeningPreset user(String name) {
    return new HardeningPreset(keepCapabilities, writablePaths, Objects.requireNonNull(name, "user"),
        noNewPrivileges, readOnly);
  }

  /** Whether {@code security_opt: [no-new-privileges:true]} is set ({@code true} by default). */
  public HardeningPreset noNewPrivileges(boolean set) {
    return new HardeningPreset(keepCapabilities, writablePaths, user, set, readOnly);
  }

  /** Whether the root file system is made read-only ({@code true} by default). */
  public HardeningPreset readOnly(boolean set) {
    return new HardeningPreset(keepCapabilities, writablePaths, user, noNewPrivileges, set);
  }

  /** The capabilities kept. */
  public List<String> keptCapabilities() {
    return keepCapabilities;
  }

  /** The writable paths. */
  public List<String> writable() {
    return writablePaths;
  }

  /** Whether {@code no-new-privileges} is set. */
  public boolean setsNoNewPrivileges() {
    return noNewPrivileges;
  }

  /** Whether the root file system is read-only. */
  public boolean setsReadOnly() {
    return readOnly;
  }

  /** The user, when set. */
  public Optional<String> runAs() {
    return Optional.ofNullable(user);
  }
}
