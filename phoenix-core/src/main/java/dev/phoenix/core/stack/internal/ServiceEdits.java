package dev.phoenix.core.stack.internal;

import dev.phoenix.api.stack.GpuReservation;
import dev.phoenix.api.stack.ResourceAmounts;
import dev.phoenix.core.compose.document.ComposeDocument;
import dev.phoenix.core.compose.internal.yaml.YamlScalars;
import dev.phoenix.core.compose.rewrite.internal.Paths;
import dev.phoenix.core.compose.rewrite.internal.ServiceSettings;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The parts of a service manifest the {@code ComposeRewriter} has no transform for, written in the
 * same way its transforms write them: single resource amounts and process limits, GPUs chosen by
 * id or driver.
 */
public final class ServiceEdits {
  private ServiceEdits() {
  }

  /** Sets each amount given under {@code deploy.resources.<kind>}, leaving the others as they are. */
  public static ComposeDocument resources(ComposeDocument document, String service, String kind,
      ResourceAmounts amounts) {
    ComposeDocument result = document;
    if (amounts.cpus() != null) {
      result = result.set(Paths.service(service, "deploy", "resources", kind, "cpus"),
          ServiceSettings.cpus(service, amounts.cpus()));
    }
    if (amounts.memory() != null) {
      result = result.set(Paths.service(service, "deploy", "resources", kind, "memory"),
          ServiceSettings.memory(service, amounts.memory()));
    }
    if (amounts.pids() != null) {
      result = result.set(Paths.service(service, "deploy", "resources", kind, "pids"), amounts.pids().longValue());
    }
    return result;
  }

  /** Whether the rewriter's NVIDIA transform says all of {@code gpu}: a count or all, for the gpu capability. */
  public static boolean isPlainNvidia(GpuReservation gpu) {
    return gpu.driver().equals("nvidia") && gpu.deviceIds().isEmpty() && gpu.capabilities().equals(List.of("gpu"));
  }

  /** Adds a device reservation for any driver, device ids and capabilities. */
  public static ComposeDocument gpu(ComposeDocument document, String service, GpuReservation gpu) {
    StringBuilder flow = new StringBuilder("{driver: ").append(YamlScalars.quoted(gpu.driver()));
    if (gpu.count() != null) {
      flow.append(", count: ").append(gpu.count());
    } else if (gpu.deviceIds().isEmpty()) {
      flow.append(", count: all");
    } else {
      flow.append(", device_ids: ").append(flowList(gpu.deviceIds()));
    }
    flow.append(", capabilities: ").append(flowList(gpu.capabilities())).append('}');
    return document.addFlow(Paths.service(service, "deploy", "resources", "reservations", "devices"),
        flow.toString());
  }

  private static String flowList(List<String> values) {
    // Device ids such as 0 would be read as numbers, so every value is a double-quoted string.
    return values.stream().map(YamlScalars::quoted).collect(Collectors.joining(", ", "[", "]"));
  }
}
