package dev.phoenix.api.stack;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a manifest changes in one service of the stack. Every part is optional; an empty service
 * manifest changes nothing. In a manifest:
 *
 * <pre>{@code
 * "web": { "traefik": { "host": "shop.example.com", "port": 8080 },
 *          "labels": { "team": "shop" }, "environment": { "LOG_LEVEL": "info" },
 *          "networks": ["traefik"], "secrets": { "DB_PASSWORD": "env:SHOP_DB_PASSWORD" },
 *          "updates": "exclude", "hardening": true }
 * }</pre>
 *
 * @param traefik the Traefik route to the service, or null
 * @param labels labels added to the service (a value replaces the file's)
 * @param environment variables added to the service's environment (a value replaces the file's)
 * @param networks networks the service is attached to, by key (declared in the stack manifest's
 *     {@code networks} or the compose file)
 * @param secrets secrets delivered to the service, by the name it sees (as a variable, or as a
 *     file under {@code /run/secrets/}), each a reference to where the value comes from
 * @param updates whether updaters may touch the service, or null for the stack's policy
 * @param hardening the hardening applied, or null for none
 * @param resources resource limits and reservations, or null
 * @param gpu GPUs reserved for the service, or null
 * @param healthcheck a health check for the service, or null
 * @param restart the restart policy ({@code no}, {@code always}, {@code unless-stopped},
 *     {@code on-failure} or {@code on-failure:N}), or null to keep the file's
 * @param pinDigest whether the service's image is pinned to the digest it has when rendered
 */
public record ServiceManifest(
    TraefikRoute traefik,
    Map<String, String> labels,
    Map<String, String> environment,
    List<String> networks,
    Map<String, SecretRef> secrets,
    UpdatePolicy updates,
    Hardening hardening,
    ManifestResources resources,
    GpuReservation gpu,
    ManifestHealthcheck healthcheck,
    String restart,
    boolean pinDigest) {
  private static final Pattern RESTART = Pattern.compile("no|always|unless-stopped|on-failure(:[0-9]+)?");
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  /** Copies the collections and checks names and the restart policy. */
  public ServiceManifest {
    labels = ManifestValues.map(labels, "labels");
    environment = ManifestValues.map(environment, "environment");
    networks = ManifestValues.list(networks, "networks");
    secrets = ManifestValues.map(secrets, "secrets");
    for (String label : labels.keySet()) {
      ManifestValues.requireMatches(label, LABEL, "labels", "a label key");
    }
    for (String name : environment.keySet()) {
      ManifestValues.requireMatches(name, ManifestValues.ENV_NAME, "environment", "a variable name");
    }
    for (String network : networks) {
      ManifestValues.requireMatches(network, ManifestValues.RESOURCE_NAME, "networks", "a network key");
    }
    if (networks.size() != networks.stream().distinct().count()) {
      throw ManifestValues.invalid("networks", "a network is listed twice");
    }
    for (String name : secrets.keySet()) {
      ManifestValues.requireMatches(name, ManifestValues.ENV_NAME, "secrets", "a secret name (letters, digits and '_')");
    }
    ManifestValues.requireMatches(restart, RESTART, "restart", "a restart policy (no, always, unless-stopped, on-failure[:N])");
  }

  /** A service manifest that changes nothing. */
  public static ServiceManifest empty() {
    return new ServiceManifest(null, null, null, null, null, null, null, null, null, null, null, false);
  }

  /** Whether this service manifest changes nothing. */
  public boolean isEmpty() {
    return equals(empty());
  }
}
