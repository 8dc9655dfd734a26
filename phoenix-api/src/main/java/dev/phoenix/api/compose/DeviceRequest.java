package dev.phoenix.api.compose;

import java.util.List;
import java.util.Map;

/**
 * A request for host devices such as GPUs ({@code deploy.resources.reservations.devices}, or
 * {@code gpus}).
 *
 * <pre>{@code
 * DeviceRequest allGpus = new DeviceRequest(List.of("gpu"), "nvidia", DeviceRequest.ALL,
 *     List.of(), Map.of(), Map.of(), Map.of());
 * }</pre>
 *
 * @param capabilities the capabilities a device must have ({@code gpu}, {@code compute}...)
 * @param driver the device driver ({@code nvidia}), or null
 * @param count how many devices, {@link #ALL} for all of them, or null when
 *     {@code deviceIds} are named instead
 * @param deviceIds the ids of specific devices
 * @param options driver-specific options
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record DeviceRequest(
    List<String> capabilities,
    String driver,
    Long count,
    List<String> deviceIds,
    Map<String, String> options,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** The {@link #count()} that requests every matching device ({@code count: all}). */
  public static final long ALL = -1;

  /** Validates the count and copies the collections. */
  public DeviceRequest {
    if (count != null && count < ALL) {
      throw new IllegalArgumentException("device count must be a number of devices or ALL: " + count);
    }
    capabilities = Copies.list(capabilities, "capabilities");
    deviceIds = Copies.list(deviceIds, "device_ids");
    options = Copies.map(options, "options");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** Whether every matching device is requested. */
  public boolean allDevices() {
    return count != null && count == ALL;
  }
}
