package dev.phoenix.api.compose;

import java.util.List;
import java.util.Map;

/**
 * How a service's containers are separated from the host and from each other: namespaces,
 * capabilities, privileges, the container runtime and kernel parameters.
 *
 * <pre>{@code
 * ServiceIsolation hardened = ServiceIsolation.builder()
 *     .readOnly(true).capDrop(List.of("ALL")).securityOpt(List.of("no-new-privileges:true")).build();
 * }</pre>
 *
 * @param capAdd Linux capabilities added
 * @param capDrop Linux capabilities dropped
 * @param cgroup the cgroup namespace mode ({@code host} or {@code private}), or null
 * @param groupAdd extra groups of the container's user
 * @param ipc the IPC mode ({@code host}, {@code shareable}, {@code service:x}...), or null
 * @param isolation the isolation technology (Windows), or null
 * @param pid the PID mode ({@code host}, {@code service:x}...), or null
 * @param privileged whether the containers run privileged
 * @param readOnly whether the root file system is read-only
 * @param runtime the OCI runtime ({@code runc}, {@code runsc}...), or null
 * @param securityOpt security options ({@code no-new-privileges:true}, {@code label=...})
 * @param sysctls namespaced kernel parameters
 * @param useApiSocket whether the Docker API socket is made available in the containers
 * @param usernsMode the user namespace mode ({@code host}), or null
 * @param uts the UTS mode ({@code host}), or null
 */
public record ServiceIsolation(
    List<String> capAdd,
    List<String> capDrop,
    String cgroup,
    List<String> groupAdd,
    String ipc,
    String isolation,
    String pid,
    boolean privileged,
    boolean readOnly,
    String runtime,
    List<String> securityOpt,
    Map<String, String> sysctls,
    boolean useApiSocket,
    String usernsMode,
    String uts) {

  private static final ServiceIsolation NONE = builder().build();

  /** Validates the numbers and copies the collections. */
  public ServiceIsolation {
    capAdd = Copies.list(capAdd, "cap_add");
    capDrop = Copies.list(capDrop, "cap_drop");
    groupAdd = Copies.list(groupAdd, "group_add");
    securityOpt = Copies.list(securityOpt, "security_opt");
    sysctls = Copies.map(sysctls, "sysctls");
  }

  /** Nothing set: every value comes from the image or the engine. */
  public static ServiceIsolation none() {
    return NONE;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link ServiceIsolation}. */
  public static final class Builder {
    private List<String> capAdd;
    private List<String> capDrop;
    private String cgroup;
    private List<String> groupAdd;
    private String ipc;
    private String isolation;
    private String pid;
    private boolean privileged;
    private boolean readOnly;
    private String runtime;
    private List<String> securityOpt;
    private Map<String, String> sysctls;
    private boolean useApiSocket;
    private String usernsMode;
    private String uts;

    private Builder() {
    }

    private Builder(ServiceIsolation from) {
      capAdd = from.capAdd;
      capDrop = from.capDrop;
      cgroup = from.cgroup;
      groupAdd = from.groupAdd;
      ipc = from.ipc;
      isolation = from.isolation;
      pid = from.pid;
      privileged = from.privileged;
      readOnly = from.readOnly;
      runtime = from.runtime;
      securityOpt = from.securityOpt;
      sysctls = from.sysctls;
      useApiSocket = from.useApiSocket;
      usernsMode = from.usernsMode;
      uts = from.uts;
    }

    /** Sets {@link ServiceIsolation#capAdd()}. */
    public Builder capAdd(List<String> value) { capAdd = value; return this; }

    /** Sets {@link ServiceIsolation#capDrop()}. */
    public Builder capDrop(List<String> value) { capDrop = value; return this; }

    /** Sets {@link ServiceIsolation#cgroup()}. */
    public Builder cgroup(String value) { cgroup = value; return this; }

    /** Sets {@link ServiceIsolation#groupAdd()}. */
    public Builder groupAdd(List<String> value) { groupAdd = value; return this; }

    /** Sets {@link ServiceIsolation#ipc()}. */
    public Builder ipc(String value) { ipc = value; return this; }

    /** Sets {@link ServiceIsolation#isolation()}. */
    public Builder isolation(String value) { isolation = value; return this; }

    /** Sets {@link ServiceIsolation#pid()}. */
    public Builder pid(String value) { pid = value; return this; }

    /** Sets {@link ServiceIsolation#privileged()}. */
    public Builder privileged(boolean value) { privileged = value; return this; }

    /** Sets {@link ServiceIsolation#readOnly()}. */
    public Builder readOnly(boolean value) { readOnly = value; return this; }

    /** Sets {@link ServiceIsolation#runtime()}. */
    public Builder runtime(String value) { runtime = value; return this; }

    /** Sets {@link ServiceIsolation#securityOpt()}. */
    public Builder securityOpt(List<String> value) { securityOpt = value; return this; }

    /** Sets {@link ServiceIsolation#sysctls()}. */
    public Builder sysctls(Map<String, String> value) { sysctls = value; return this; }

    /** Sets {@link ServiceIsolation#useApiSocket()}. */
    public Builder useApiSocket(boolean value) { useApiSocket = value; return this; }

    /** Sets {@link ServiceIsolation#usernsMode()}. */
    public Builder usernsMode(String value) { usernsMode = value; return this; }

    /** Sets {@link ServiceIsolation#uts()}. */
    public Builder uts(String value) { uts = value; return this; }

    /** The values; throws {@link IllegalArgumentException} for invalid ones. */
    public ServiceIsolation build() {
      return new ServiceIsolation(capAdd, capDrop, cgroup, groupAdd, ipc, isolation, pid, privileged, readOnly, runtime,
          securityOpt, sysctls, useApiSocket, usernsMode, uts);
    }
  }
}
