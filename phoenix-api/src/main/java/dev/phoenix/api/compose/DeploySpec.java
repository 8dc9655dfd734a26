package dev.phoenix.api.compose;

import java.util.Map;

/**
 * A service's {@code deploy} section. On a plain engine Compose uses {@code replicas},
 * {@code resources} and {@code restart_policy}; a swarm uses all of it.
 *
 * <pre>{@code
 * DeploySpec deploy = DeploySpec.builder()
 *     .replicas(2)
 *     .resources(new Resources(ResourceAllocation.of(0.5, 256L << 20), null, Map.of(), Map.of()))
 *     .build();
 * }</pre>
 *
 * @param mode {@code replicated}, {@code global}, {@code replicated-job} or {@code global-job}, or null
 * @param replicas how many containers, or null for one
 * @param labels labels of the swarm service (not of its containers)
 * @param updateConfig how updates roll out, or null
 * @param rollbackConfig how rollbacks roll out, or null
 * @param resources limits and reservations, or null
 * @param restartPolicy when containers are restarted, or null
 * @param placement swarm placement, or null
 * @param endpointMode {@code vip} or {@code dnsrr}, or null
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record DeploySpec(
    String mode,
    Integer replicas,
    Map<String, String> labels,
    UpdateConfig updateConfig,
    UpdateConfig rollbackConfig,
    Resources resources,
    RestartPolicy restartPolicy,
    Placement placement,
    String endpointMode,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Validates the replica count and copies the maps. */
  public DeploySpec {
    Copies.requireNonNegative(replicas, "deploy.replicas");
    labels = Copies.map(labels, "deploy.labels");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this section's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link DeploySpec}. */
  public static final class Builder {
    private String mode;
    private Integer replicas;
    private Map<String, String> labels;
    private UpdateConfig updateConfig;
    private UpdateConfig rollbackConfig;
    private Resources resources;
    private RestartPolicy restartPolicy;
    private Placement placement;
    private String endpointMode;
    private Map<String, Object> extensions;
    private Map<String, Object> unknown;

    private Builder() {
    }

    private Builder(DeploySpec from) {
      mode = from.mode;
      replicas = from.replicas;
      labels = from.labels;
      updateConfig = from.updateConfig;
      rollbackConfig = from.rollbackConfig;
      resources = from.resources;
      restartPolicy = from.restartPolicy;
      placement = from.placement;
      endpointMode = from.endpointMode;
      extensions = from.extensions;
      unknown = from.unknown;
    }

    /** Sets {@link DeploySpec#mode()}. */
    public Builder mode(String value) { mode = value; return this; }

    /** Sets {@link DeploySpec#replicas()}. */
    public Builder replicas(Integer value) { replicas = value; return this; }

    /** Sets {@link DeploySpec#labels()}. */
    public Builder labels(Map<String, String> value) { labels = value; return this; }

    /** Sets {@link DeploySpec#updateConfig()}. */
    public Builder updateConfig(UpdateConfig value) { updateConfig = value; return this; }

    /** Sets {@link DeploySpec#rollbackConfig()}. */
    public Builder rollbackConfig(UpdateConfig value) { rollbackConfig = value; return this; }

    /** Sets {@link DeploySpec#resources()}. */
    public Builder resources(Resources value) { resources = value; return this; }

    /** Sets {@link DeploySpec#restartPolicy()}. */
    public Builder restartPolicy(RestartPolicy value) { restartPolicy = value; return this; }

    /** Sets {@link DeploySpec#placement()}. */
    public Builder placement(Placement value) { placement = value; return this; }

    /** Sets {@link DeploySpec#endpointMode()}. */
    public Builder endpointMode(String value) { endpointMode = value; return this; }

    /** Sets {@link DeploySpec#extensions()}. */
    public Builder extensions(Map<String, Object> value) { extensions = value; return this; }

    /** Sets {@link DeploySpec#unknown()}. */
    public Builder unknown(Map<String, Object> value) { unknown = value; return this; }

    /** The section. */
    public DeploySpec build() {
      return new DeploySpec(mode, replicas, labels, updateConfig, rollbackConfig, resources, restartPolicy,
          placement, endpointMode, extensions, unknown);
    }
  }
}
