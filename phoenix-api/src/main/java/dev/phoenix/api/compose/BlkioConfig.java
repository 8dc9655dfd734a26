package dev.phoenix.api.compose;

import java.util.List;
import java.util.Map;

/**
 * A service's {@code blkio_config}: block I/O weights and throttles.
 *
 * @param weight the relative I/O weight (10 to 1000), or null
 * @param weightDevice per-device weights
 * @param deviceReadBps per-device read limits in bytes per second
 * @param deviceReadIops per-device read limits in operations per second
 * @param deviceWriteBps per-device write limits in bytes per second
 * @param deviceWriteIops per-device write limits in operations per second
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record BlkioConfig(
    Integer weight,
    List<WeightDevice> weightDevice,
    List<ThrottleDevice> deviceReadBps,
    List<ThrottleDevice> deviceReadIops,
    List<ThrottleDevice> deviceWriteBps,
    List<ThrottleDevice> deviceWriteIops,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Copies the collections. */
  public BlkioConfig {
    Copies.requireNonNegative(weight, "blkio_config.weight");
    weightDevice = Copies.list(weightDevice, "weight_device");
    deviceReadBps = Copies.list(deviceReadBps, "device_read_bps");
    deviceReadIops = Copies.list(deviceReadIops, "device_read_iops");
    deviceWriteBps = Copies.list(deviceWriteBps, "device_write_bps");
    deviceWriteIops = Copies.list(deviceWriteIops, "device_write_iops");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** A relative I/O weight for one device ({@code blkio_config.weight_device}). */
  public record WeightDevice(String path, int weight, Map<String, Object> extensions, Map<String, Object> unknown) {

    /** Copies the maps. */
    public WeightDevice {
      extensions = Copies.extensions(extensions);
      unknown = Copies.unknown(unknown);
    }
  }

  /** A rate limit for one device ({@code blkio_config.device_*_bps/iops}). */
  public record ThrottleDevice(String path, long rate, Map<String, Object> extensions, Map<String, Object> unknown) {

    /** Copies the maps. */
    public ThrottleDevice {
      extensions = Copies.extensions(extensions);
      unknown = Copies.unknown(unknown);
    }
  }
}
