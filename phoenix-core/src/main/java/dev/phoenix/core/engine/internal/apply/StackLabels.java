package dev.phoenix.core.engine.internal.apply;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.DependsOn;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.core.engine.internal.ComposeLabels;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The labels Phoenix writes: Compose v2's own, so the docker CLI sees an ordinary project, plus Phoenix's. */
final class StackLabels {
  private StackLabels() {
  }

  /** Labels of a service container. The caller's {@code labels:} are merged under these by the mapping. */
  static Map<String, String> container(ComposeProject project, ServiceSpec service, int number, String configHash,
      String encodedFields, String imageId, int stackVersion, String replaces) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(ComposeLabels.PROJECT, project.name());
    labels.put(ComposeLabels.SERVICE, service.name());
    labels.put(ComposeLabels.CONTAINER_NUMBER, Integer.toString(number));
    labels.put(ComposeLabels.ONEOFF, "False");
    labels.put(ComposeLabels.CONFIG_HASH, configHash);
    if (imageId != null) {
      labels.put(ComposeLabels.IMAGE, imageId);
    }
    labels.put(ComposeLabels.DEPENDS_ON, dependsOn(service));
    if (project.workingDirectory() != null) {
      labels.put(ComposeLabels.WORKING_DIR, project.workingDirectory().toAbsolutePath().toString());
    }
    labels.put(ComposeLabels.CONFIG_FILES, project.composeFiles().stream()
        .map(file -> file.toAbsolutePath().toString()).collect(Collectors.joining(",")));
    if (replaces != null) {
      labels.put(ComposeLabels.REPLACE, replaces);
    }
    labels.put(ComposeLabels.PHOENIX_CONFIG_HASH, configHash);
    labels.put(ComposeLabels.PHOENIX_CONFIG_FIELDS, encodedFields);
    labels.put(ComposeLabels.PHOENIX_STACK_VERSION, Integer.toString(stackVersion));
    return labels;
  }

  /** {@code db:service_healthy:false,cache:service_started:true}, as Compose writes it. */
  static String dependsOn(ServiceSpec service) {
    return service.dependsOn().entrySet().stream()
        .map(entry -> entry.getKey() + ":" + condition(entry.getValue()) + ":" + entry.getValue().restart())
        .collect(Collectors.joining(","));
  }

  private static String condition(DependsOn dependsOn) {
    return dependsOn.condition() == null ? DependsOn.Condition.SERVICE_STARTED.value() : dependsOn.condition().value();
  }

  /**
   * Labels of a network or volume the stack creates: its own {@code labels:} under Compose's and
   * Phoenix's. {@code keyLabel} is {@link ComposeLabels#NETWORK} or {@link ComposeLabels#VOLUME}.
   * Compose's hash label is left off networks and volumes: Compose recreates a network, and offers
   * to recreate a volume, whose label differs from its own hash, which Phoenix's never equals.
   */
  static Map<String, String> resource(String project, String keyLabel, String key, Map<String, String> own,
      String configHash, int stackVersion) {
    Map<String, String> labels = new LinkedHashMap<>(own);
    labels.put(ComposeLabels.PROJECT, project);
    labels.put(keyLabel, key);
    labels.put(ComposeLabels.PHOENIX_CONFIG_HASH, configHash);
    labels.put(ComposeLabels.PHOENIX_STACK_VERSION, Integer.toString(stackVersion));
    return labels;
  }
}
