package dev.phoenix.core.engine.internal.plan;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.NetworkSpec;
import dev.phoenix.api.compose.VolumeSpec;
import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.DeploymentException;
import dev.phoenix.api.deploy.ExternalResourceMissingException;
import dev.phoenix.api.deploy.ResourceKind;
import dev.phoenix.core.engine.internal.ComposeLabels;
import dev.phoenix.core.engine.internal.ComposeNames;
import dev.phoenix.core.engine.internal.hash.ConfigHash;
import dev.phoenix.core.engine.internal.observe.ObservedNetwork;
import dev.phoenix.core.engine.internal.observe.ObservedStack;
import dev.phoenix.core.engine.internal.observe.ObservedVolume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Decides what happens to the project's networks and volumes. */
final class ResourcePlanner {
  private final ComposeProject project;
  private final ObservedStack observed;
  private final ConfigHash hashes;
  private final List<String> warnings;

  ResourcePlanner(ComposeProject project, ObservedStack observed, ConfigHash hashes, List<String> warnings) {
    this.project = project;
    this.observed = observed;
    this.hashes = hashes;
    this.warnings = warnings;
  }

  /**
   * Throws for the first external network or volume that does not exist, before anything else is
   * decided: nothing may be created for a stack that cannot run.
   */
  static void requireExternals(ComposeProject project, ObservedStack observed) {
    for (Map.Entry<String, NetworkSpec> entry : project.networks().entrySet()) {
      String name = ComposeNames.network(project, entry.getKey());
      if (entry.getValue().external() && !observed.networks().containsKey(name)) {
        throw new ExternalResourceMissingException(project.name(), ResourceKind.NETWORK, entry.getKey(), name);
      }
    }
    for (Map.Entry<String, VolumeSpec> entry : project.volumes().entrySet()) {
      String name = ComposeNames.volume(project, entry.getKey());
      if (entry.getValue().external() && !observed.volumes().containsKey(name)) {
        throw new ExternalResourceMissingException(project.name(), ResourceKind.VOLUME, entry.getKey(), name);
      }
    }
  }

  /** One step per project network, in file order. */
  List<NetworkStep> networks() {
    List<NetworkStep> steps = new ArrayList<>();
    for (Map.Entry<String, NetworkSpec> entry : project.networks().entrySet()) {
      String key = entry.getKey();
      NetworkSpec spec = entry.getValue();
      String name = ComposeNames.network(project, key);
      ObservedNetwork existing = observed.networks().get(name);
      String hash = hashes.network(key);
      steps.add(new NetworkStep(networkAction(key, spec, name, existing, hash), key, name, spec, hash, existing));
    }
    return steps;
  }

  private Action networkAction(String key, NetworkSpec spec, String name, ObservedNetwork existing, String hash) {
    if (spec.external()) {
      return Action.KEEP;
    }
    if (existing == null) {
      return Action.CREATE;
    }
    String networkLabel = existing.label(ComposeLabels.NETWORK);
    if (networkLabel != null && !networkLabel.equals(key)) {
      throw new DeploymentException(project.name(), "network " + name + " exists with label "
          + ComposeLabels.NETWORK + "=" + networkLabel + ", but this stack declares it as network " + key
          + "; remove it, or give one of the two another name");
    }
    if (!project.name().equals(existing.label(ComposeLabels.PROJECT))) {
      warnings.add(foreign("network", name, existing.label(ComposeLabels.PROJECT)));
      return Action.KEEP;
    }
    String stored = existing.label(ComposeLabels.PHOENIX_CONFIG_HASH);
    return stored == null || stored.equals(hash) ? Action.KEEP : Action.RECREATE;
  }

  /** One step per project volume, in file order. A changed volume is kept: recreating it would lose its data. */
  List<VolumeStep> volumes() {
    List<VolumeStep> steps = new ArrayList<>();
    for (Map.Entry<String, VolumeSpec> entry : project.volumes().entrySet()) {
      String key = entry.getKey();
      VolumeSpec spec = entry.getValue();
      String name = ComposeNames.volume(project, key);
      ObservedVolume existing = observed.volumes().get(name);
      String hash = hashes.volume(key);
      Action action = existing == null && !spec.external() ? Action.CREATE : Action.KEEP;
      if (existing != null && !spec.external()) {
        checkExistingVolume(name, existing, hash);
      }
      steps.add(new VolumeStep(action, key, name, spec, hash, existing));
    }
    return steps;
  }

  private void checkExistingVolume(String name, ObservedVolume existing, String hash) {
    if (!project.name().equals(existing.label(ComposeLabels.PROJECT))) {
      warnings.add(foreign("volume", name, existing.label(ComposeLabels.PROJECT)));
      return;
    }
    String stored = existing.label(ComposeLabels.PHOENIX_CONFIG_HASH);
    if (stored != null && !stored.equals(hash)) {
      warnings.add("volume " + name + " has changed in the Compose file but is not recreated, because its data"
          + " would be lost; remove it (docker volume rm " + name + ") and deploy again to apply the change");
    }
  }

  private static String foreign(String kind, String name, String owner) {
    return kind + " " + name + " already exists and was not created by this stack"
        + (owner == null ? "" : " (it belongs to project " + owner + ")")
        + "; it is used as it is. Set external: true in the Compose file to use an existing " + kind;
  }
}
