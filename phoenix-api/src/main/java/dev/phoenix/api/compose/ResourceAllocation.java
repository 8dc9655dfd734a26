package dev.phoenix.api.compose;

import java.util.List;
import java.util.Map;

/**
 * Amounts of resources: one side of {@link Resources} ({@code limits} or {@code reservations}).
 *
 * @param cpus CPUs as a fraction ({@code 0.5} is half a CPU), or null
 * @param memory memory in bytes, or null
 * @param pids the maximum number of processes, or null
 * @param devices device requests such as GPUs (reservations only)
 * @param genericResources swarm generic resources (reservations only)
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record ResourceAllocation(
    Double cpus,
    Long memory,
    Long pids,
    List<DeviceRequest> devices,
    List<GenericResource> genericResources,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Validates the numbers and copies the collections. */
  public ResourceAllocation {
    if (cpus != null && (cpus.isNaN() || cpus < 0 || cpus.isInfinite())) {
      throw new IllegalArgumentException("cpus must be a non-negative number: " + cpus);
    }
    Copies.requireNonNegative(memory, "memory");
    devices = Copies.list(devices, "devices");
    genericResources = Copies.list(genericResources, "generic_resources");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** Only a CPU and a memory amount. */
  public static ResourceAllocation of(Double cpus, Long memory) {
    return new ResourceAllocation(cpus, memory, null, List.of(), List.of(), Map.of(), Map.of());
  }
}
