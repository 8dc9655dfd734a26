package dev.phoenix.api.stack;

import java.util.List;

/**
 * GPUs reserved for a service ({@code deploy.resources.reservations.devices}). In a manifest:
 * {@code "gpu": { "count": 1 }} or {@code "gpu": { "deviceIds": ["0", "2"] }}.
 *
 * @param driver the device driver, {@code nvidia} when null
 * @param count how many GPUs, or null for all of them (when no device ids are given)
 * @param deviceIds the GPUs to use, by id, empty for any
 * @param capabilities the capabilities asked for, {@code [gpu]} when empty
 */
public record GpuReservation(String driver, Integer count, List<String> deviceIds, List<String> capabilities) {

  /** Applies the defaults and checks that count and device ids are not both given. */
  public GpuReservation {
    driver = driver == null ? "nvidia" : driver;
    ManifestValues.requireNonBlank(driver, "driver");
    ManifestValues.requirePositive(count, "count");
    deviceIds = ManifestValues.list(deviceIds, "deviceIds");
    capabilities = ManifestValues.list(capabilities, "capabilities");
    capabilities = capabilities.isEmpty() ? List.of("gpu") : capabilities;
    if (count != null && !deviceIds.isEmpty()) {
      throw ManifestValues.invalid("deviceIds", "give either count or deviceIds, not both");
    }
  }

  /** Every NVIDIA GPU of the machine. */
  public static GpuReservation all() {
    return new GpuReservation(null, null, null, null);
  }
}
