package dev.phoenix.api.compose;

import java.util.List;
import java.util.Map;

/**
 * The resource settings of a service's containers: CPU, memory, processes, devices, block I/O,
 * ulimits. These are the service-level keys ({@code cpus}, {@code mem_limit}...); the swarm-style
 * {@code deploy.resources} is in {@link DeploySpec#resources()}. Sizes are in bytes.
 *
 * <pre>{@code
 * ServiceResources resources = ServiceResources.builder()
 *     .cpus(1.5).memLimit(512L << 20).pidsLimit(200L).build();
 * }</pre>
 *
 * @param blkioConfig block I/O weights and throttles, or null
 * @param cgroupParent the parent cgroup of the containers, or null
 * @param cpuCount the number of usable CPUs (Windows), or null
 * @param cpuPercent the usable percentage of CPUs (Windows), or null
 * @param cpuPeriod the CFS period in microseconds, or null
 * @param cpuQuota the CFS quota in microseconds, or null
 * @param cpuRtPeriod the real-time period in microseconds, or null
 * @param cpuRtRuntime the real-time runtime in microseconds, or null
 * @param cpus CPUs as a fraction ({@code 0.5} is half a CPU), or null
 * @param cpuset the CPUs the containers may run on ({@code 0-3}, {@code 0,1}), or null
 * @param cpuShares the relative CPU weight, or null
 * @param deviceCgroupRules device cgroup rules ({@code c 1:3 mr})
 * @param devices host devices made available in the containers
 * @param gpus GPU requests
 * @param memLimit the memory limit in bytes, or null
 * @param memReservation the memory soft limit in bytes, or null
 * @param memswapLimit memory plus swap in bytes, -1 for unlimited swap, or null
 * @param memSwappiness how eagerly anonymous pages are swapped (0 to 100), or null
 * @param oomKillDisable whether the OOM killer spares the containers
 * @param oomScoreAdj the OOM score adjustment (-1000 to 1000), or null
 * @param pidsLimit the maximum number of processes, -1 for unlimited, or null
 * @param shmSize the size of {@code /dev/shm} in bytes, or null
 * @param storageOpt storage driver options ({@code size: 20G})
 * @param ulimits ulimits by name ({@code nofile}, {@code nproc})
 */
public record ServiceResources(
    BlkioConfig blkioConfig,
    String cgroupParent,
    Long cpuCount,
    Double cpuPercent,
    Long cpuPeriod,
    Long cpuQuota,
    Long cpuRtPeriod,
    Long cpuRtRuntime,
    Double cpus,
    String cpuset,
    Long cpuShares,
    List<String> deviceCgroupRules,
    List<DeviceMapping> devices,
    List<DeviceRequest> gpus,
    Long memLimit,
    Long memReservation,
    Long memswapLimit,
    Long memSwappiness,
    boolean oomKillDisable,
    Long oomScoreAdj,
    Long pidsLimit,
    Long shmSize,
    Map<String, String> storageOpt,
    Map<String, Ulimit> ulimits) {

  private static final ServiceResources NONE = builder().build();

  /** Validates the numbers and copies the collections. */
  public ServiceResources {
    if (cpus != null && (cpus.isNaN() || cpus.isInfinite() || cpus < 0)) {
      throw new IllegalArgumentException("cpus must be a non-negative number: " + cpus);
    }
    Copies.requireNonNegative(memLimit, "mem_limit");
    Copies.requireNonNegative(memReservation, "mem_reservation");
    Copies.requireNonNegative(shmSize, "shm_size");
    Copies.requireNonNegative(cpuShares, "cpu_shares");
    deviceCgroupRules = Copies.list(deviceCgroupRules, "device_cgroup_rules");
    devices = Copies.list(devices, "devices");
    gpus = Copies.list(gpus, "gpus");
    storageOpt = Copies.map(storageOpt, "storage_opt");
    ulimits = Copies.map(ulimits, "ulimits");
  }

  /** Nothing set: every value comes from the image or the engine. */
  public static ServiceResources none() {
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

  /** Builds a {@link ServiceResources}. */
  public static final class Builder {
    private BlkioConfig blkioConfig;
    private String cgroupParent;
    private Long cpuCount;
    private Double cpuPercent;
    private Long cpuPeriod;
    private Long cpuQuota;
    private Long cpuRtPeriod;
    private Long cpuRtRuntime;
    private Double cpus;
    private String cpuset;
    private Long cpuShares;
    private List<String> deviceCgroupRules;
    private List<DeviceMapping> devices;
    private List<DeviceRequest> gpus;
    private Long memLimit;
    private Long memReservation;
    private Long memswapLimit;
    private Long memSwappiness;
    private boolean oomKillDisable;
    private Long oomScoreAdj;
    private Long pidsLimit;
    private Long shmSize;
    private Map<String, String> storageOpt;
    private Map<String, Ulimit> ulimits;

    private Builder() {
    }

    private Builder(ServiceResources from) {
      blkioConfig = from.blkioConfig;
      cgroupParent = from.cgroupParent;
      cpuCount = from.cpuCount;
      cpuPercent = from.cpuPercent;
      cpuPeriod = from.cpuPeriod;
      cpuQuota = from.cpuQuota;
      cpuRtPeriod = from.cpuRtPeriod;
      cpuRtRuntime = from.cpuRtRuntime;
      cpus = from.cpus;
      cpuset = from.cpuset;
      cpuShares = from.cpuShares;
      deviceCgroupRules = from.deviceCgroupRules;
      devices = from.devices;
      gpus = from.gpus;
      memLimit = from.memLimit;
      memReservation = from.memReservation;
      memswapLimit = from.memswapLimit;
      memSwappiness = from.memSwappiness;
      oomKillDisable = from.oomKillDisable;
      oomScoreAdj = from.oomScoreAdj;
      pidsLimit = from.pidsLimit;
      shmSize = from.shmSize;
      storageOpt = from.storageOpt;
      ulimits = from.ulimits;
    }

    /** Sets {@link ServiceResources#blkioConfig()}. */
    public Builder blkioConfig(BlkioConfig value) { blkioConfig = value; return this; }

    /** Sets {@link ServiceResources#cgroupParent()}. */
    public Builder cgroupParent(String value) { cgroupParent = value; return this; }

    /** Sets {@link ServiceResources#cpuCount()}. */
    public Builder cpuCount(Long value) { cpuCount = value; return this; }

    /** Sets {@link ServiceResources#cpuPercent()}. */
    public Builder cpuPercent(Double value) { cpuPercent = value; return this; }

    /** Sets {@link ServiceResources#cpuPeriod()}. */
    public Builder cpuPeriod(Long value) { cpuPeriod = value; return this; }

    /** Sets {@link ServiceResources#cpuQuota()}. */
    public Builder cpuQuota(Long value) { cpuQuota = value; return this; }

    /** Sets {@link ServiceResources#cpuRtPeriod()}. */
    public Builder cpuRtPeriod(Long value) { cpuRtPeriod = value; return this; }

    /** Sets {@link ServiceResources#cpuRtRuntime()}. */
    public Builder cpuRtRuntime(Long value) { cpuRtRuntime = value; return this; }

    /** Sets {@link ServiceResources#cpus()}. */
    public Builder cpus(Double value) { cpus = value; return this; }

    /** Sets {@link ServiceResources#cpuset()}. */
    public Builder cpuset(String value) { cpuset = value; return this; }

    /** Sets {@link ServiceResources#cpuShares()}. */
    public Builder cpuShares(Long value) { cpuShares = value; return this; }

    /** Sets {@link ServiceResources#deviceCgroupRules()}. */
    public Builder deviceCgroupRules(List<String> value) { deviceCgroupRules = value; return this; }

    /** Sets {@link ServiceResources#devices()}. */
    public Builder devices(List<DeviceMapping> value) { devices = value; return this; }

    /** Sets {@link ServiceResources#gpus()}. */
    public Builder gpus(List<DeviceRequest> value) { gpus = value; return this; }

    /** Sets {@link ServiceResources#memLimit()}. */
    public Builder memLimit(Long value) { memLimit = value; return this; }

    /** Sets {@link ServiceResources#memReservation()}. */
    public Builder memReservation(Long value) { memReservation = value; return this; }

    /** Sets {@link ServiceResources#memswapLimit()}. */
    public Builder memswapLimit(Long value) { memswapLimit = value; return this; }

    /** Sets {@link ServiceResources#memSwappiness()}. */
    public Builder memSwappiness(Long value) { memSwappiness = value; return this; }

    /** Sets {@link ServiceResources#oomKillDisable()}. */
    public Builder oomKillDisable(boolean value) { oomKillDisable = value; return this; }

    /** Sets {@link ServiceResources#oomScoreAdj()}. */
    public Builder oomScoreAdj(Long value) { oomScoreAdj = value; return this; }

    /** Sets {@link ServiceResources#pidsLimit()}. */
    public Builder pidsLimit(Long value) { pidsLimit = value; return this; }

    /** Sets {@link ServiceResources#shmSize()}. */
    public Builder shmSize(Long value) { shmSize = value; return this; }

    /** Sets {@link ServiceResources#storageOpt()}. */
    public Builder storageOpt(Map<String, String> value) { storageOpt = value; return this; }

    /** Sets {@link ServiceResources#ulimits()}. */
    public Builder ulimits(Map<String, Ulimit> value) { ulimits = value; return this; }

    /** The values; throws {@link IllegalArgumentException} for invalid ones. */
    public ServiceResources build() {
      return new ServiceResources(blkioConfig, cgroupParent, cpuCount, cpuPercent, cpuPeriod, cpuQuota, cpuRtPeriod,
          cpuRtRuntime, cpus, cpuset, cpuShares, deviceCgroupRules, devices, gpus, memLimit, memReservation,
          memswapLimit, memSwappiness, oomKillDisable, oomScoreAdj, pidsLimit, shmSize, storageOpt, ulimits);
    }
  }
}
