package dev.phoenix.api.stack;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A hardening preset for a service. In a manifest, {@code "hardening": true} asks for
 * {@link #preset()}; an object changes parts of it (a missing key keeps the preset's value):
 *
 * <pre>{@code
 * "hardening": { "keepCapabilities": ["NET_BIND_SERVICE"], "tmpfs": ["/tmp", "/var/cache/nginx"],
 *                "user": "101:101" }
 * }</pre>
 *
 * @param noNewPrivileges whether {@code security_opt: [no-new-privileges:true]} is set
 * @param keepCapabilities capabilities added back after {@code cap_drop: [ALL]}
 *     ({@code NET_BIND_SERVICE}); every other capability is dropped
 * @param readOnly whether the root file system is read-only
 * @param tmpfs writable tmpfs mounts a read-only service needs ({@code /tmp})
 * @param user the non-root user to run as ({@code 1000} or {@code 1000:1000}), or null for the
 *     preset's: a non-root user the compose file already sets, else {@code 65534:65534} (nobody)
 */
public record Hardening(boolean noNewPrivileges, List<String> keepCapabilities, boolean readOnly,
    List<String> tmpfs, String user) {
  private static final Pattern CAPABILITY = Pattern.compile("(CAP_)?[A-Z][A-Z_]*");
  private static final Pattern USER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?");

  /** Checks capability names, paths and the user. */
  public Hardening {
    keepCapabilities = ManifestValues.list(keepCapabilities, "keepCapabilities");
    tmpfs = ManifestValues.list(tmpfs, "tmpfs");
    for (String capability : keepCapabilities) {
      ManifestValues.requireMatches(capability, CAPABILITY, "keepCapabilities", "a capability name (NET_BIND_SERVICE)");
    }
    for (String path : tmpfs) {
      if (!path.startsWith("/")) {
        throw ManifestValues.invalid("tmpfs", "\"" + path + "\" must be an absolute path");
      }
    }
    ManifestValues.requireMatches(user, USER, "user", "a user (name or uid, optionally :group)");
  }

  /**
   * What {@code "hardening": true} means: no new privileges, every capability dropped, a read-only
   * root file system with a tmpfs on {@code /tmp}, and a non-root user (the file's own when it
   * sets one, else {@code 65534:65534}).
   */
  public static Hardening preset() {
    return new Hardening(true, List.of(), true, List.of("/tmp"), null);
  }
}
