package dev.phoenix.core.engine.internal.container;

import com.github.dockerjava.api.model.BlkioRateDevice;
import com.github.dockerjava.api.model.BlkioWeightDevice;
import com.github.dockerjava.api.model.Device;
import com.github.dockerjava.api.model.DeviceRequest;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ulimit;
import dev.phoenix.api.compose.BlkioConfig;
import dev.phoenix.api.compose.DeviceMapping;
import dev.phoenix.api.compose.ResourceAllocation;
import dev.phoenix.api.compose.ServiceResources;
import dev.phoenix.api.compose.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * CPU, memory, process, device, block I/O and ulimit settings, from the service keys and
 * {@code deploy.resources}. Where both are set the loader has checked that they agree; the
 * {@code deploy} value is used. {@code deploy.resources.reservations.cpus} has no engine
 * counterpart outside Swarm and is reported instead.
 */
final class ContainerResources {
  private static final double NANOS_PER_CPU = 1e9;

  private ContainerResources() {
  }

  /** Fills the resource settings of {@code host}. */
  static void apply(ServiceSpec service, HostConfig host) {
    ServiceResources r = service.resources();
    ResourceAllocation limits = allocation(service, true);
    ResourceAllocation reservations = allocation(service, false);
    Double cpus = first(limits == null ? null : limits.cpus(), r.cpus());
    if (cpus != null && cpus > 0) {
      host.withNanoCPUs(Math.round(cpus * NANOS_PER_CPU));
    }
    set(first(limits == null ? null : limits.memory(), r.memLimit()), host::withMemory);
    set(first(reservations == null ? null : reservations.memory(), r.memReservation()), host::withMemoryReservation);
    set(first(limits == null ? null : limits.pids(), r.pidsLimit()), host::withPidsLimit);
    set(r.memswapLimit(), host::withMemorySwap);
    set(r.memSwappiness(), host::withMemorySwappiness);
    set(toInt(r.cpuShares(), "cpu_shares"), host::withCpuShares);
    set(r.cpuset(), host::withCpusetCpus);
    set(r.cpuPeriod(), host::withCpuPeriod);
    set(r.cpuQuota(), host::withCpuQuota);
    set(r.cpuRtPeriod(), host::withCpuRealtimePeriod);
    set(r.cpuRtRuntime(), host::withCpuRealtimeRuntime);
    set(r.cpuCount(), host::withCpuCount);
    set(r.cpuPercent() == null ? null : Math.round(r.cpuPercent()), host::withCpuPercent);
    set(toInt(r.oomScoreAdj(), "oom_score_adj"), host::withOomScoreAdj);
    if (r.oomKillDisable()) {
      host.withOomKillDisable(true);
    }
    set(r.shmSize(), host::withShmSize);
    set(r.cgroupParent(), host::withCgroupParent);
    if (!r.storageOpt().isEmpty()) {
      host.withStorageOpt(r.storageOpt());
    }
    if (!r.deviceCgroupRules().isEmpty()) {
      host.withDeviceCgroupRules(r.deviceCgroupRules());
    }
    if (!r.devices().isEmpty()) {
      host.withDevices(r.devices().stream().map(ContainerResources::device).toList());
    }
    if (!r.ulimits().isEmpty()) {
      host.withUlimits(ulimits(r.ulimits()));
    }
    List<DeviceRequest> requests = deviceRequests(service, reservations);
    if (!requests.isEmpty()) {
      host.withDeviceRequests(requests);
    }
    blkio(r.blkioConfig(), host);
  }

  private static ResourceAllocation allocation(ServiceSpec service, boolean limits) {
    if (service.deploy() == null || service.deploy().resources() == null) {
      return null;
    }
    return limits ? service.deploy().resources().limits() : service.deploy().resources().reservations();
  }

  private static <T> T first(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }

  private static <T> void set(T value, Function<T, ?> setter) {
    if (value != null) {
      setter.apply(value);
    }
  }

  private static Integer toInt(Long value, String key) {
    if (value == null) {
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(key + " is out of range: " + value);
    }
    return value.intValue();
  }

  private static Device device(DeviceMapping mapping) {
    String target = mapping.target() == null ? mapping.source() : mapping.target();
    String permissions = mapping.permissions() == null ? "rwm" : mapping.permissions();
    return new Device(permissions, target, mapping.source());
  }

  private static List<Ulimit> ulimits(Map<String, dev.phoenix.api.compose.Ulimit> ulimits) {
    List<Ulimit> result = new ArrayList<>();
    ulimits.forEach((name, limit) -> {
      long soft = limit.single() != null ? limit.single() : limit.soft();
      long hard = limit.single() != null ? limit.single() : limit.hard();
      result.add(new Ulimit(name, soft, hard));
    });
    return result;
  }

  /**
   * {@code gpus} (the capability {@code gpu} is implied) and
   * {@code deploy.resources.reservations.devices}, as Compose builds {@code DeviceRequests}.
   */
  private static List<DeviceRequest> deviceRequests(ServiceSpec service, ResourceAllocation reservations) {
    List<DeviceRequest> requests = new ArrayList<>();
    for (dev.phoenix.api.compose.DeviceRequest gpu : service.resources().gpus()) {
      List<String> capabilities = new ArrayList<>(gpu.capabilities());
      if (!capabilities.contains("gpu")) {
        capabilities.add("gpu");
      }
      requests.add(deviceRequest(gpu, capabilities));
    }
    if (reservations != null) {
      for (dev.phoenix.api.compose.DeviceRequest device : reservations.devices()) {
        requests.add(deviceRequest(device, device.capabilities()));
      }
    }
    return requests;
  }

  private static DeviceRequest deviceRequest(dev.phoenix.api.compose.DeviceRequest device, List<String> capabilities) {
    DeviceRequest request = new DeviceRequest().withCapabilities(List.of(List.copyOf(capabilities)));
    if (device.driver() != null) {
      request.withDriver(device.driver());
    }
    if (device.count() != null) {
      request.withCount(toInt(device.count(), "count"));
    }
    if (!device.deviceIds().isEmpty()) {
      request.withDeviceIds(device.deviceIds());
    }
    if (!device.options().isEmpty()) {
      request.withOptions(device.options());
    }
    return request;
  }

  private static void blkio(BlkioConfig blkio, HostConfig host) {
    if (blkio == null) {
      return;
    }
    set(blkio.weight(), host::withBlkioWeight);
    if (!blkio.weightDevice().isEmpty()) {
      host.withBlkioWeightDevice(blkio.weightDevice().stream()
          .map(d -> new BlkioWeightDevice().withPath(d.path()).withWeight(d.weight())).toList());
    }
    set(rates(blkio.deviceReadBps()), host::withBlkioDeviceReadBps);
    set(rates(blkio.deviceReadIops()), host::withBlkioDeviceReadIOps);
    set(rates(blkio.deviceWriteBps()), host::withBlkioDeviceWriteBps);
    set(rates(blkio.deviceWriteIops()), host::withBlkioDeviceWriteIOps);
  }

  private static List<BlkioRateDevice> rates(List<BlkioConfig.ThrottleDevice> devices) {
    if (devices.isEmpty()) {
      return null;
    }
    return devices.stream().map(d -> new BlkioRateDevice().withPath(d.path()).withRate(d.rate())).toList();
  }
}
