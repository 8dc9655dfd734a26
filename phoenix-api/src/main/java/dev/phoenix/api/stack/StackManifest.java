package dev.phoenix.api.stack;

import java.util.Map;

/**
 * A stack's manifest, {@code phoenix.json} beside its compose file: what Phoenix changes in the
 * compose file before deploying it (Traefik routes, labels, networks, hardening...), and how and
 * where the stack is deployed. Every key is optional: {@code {}} is a valid manifest that changes
 * nothing ({@link #empty()}). The format is described in {@code docs/stack-manifest.md}.
 *
 * <pre>{@code
 * { "name": "shop",
 *   "environment": { "TZ": "UTC" },
 *   "networks": { "traefik": { "external": true } },
 *   "services": { "web": { "traefik": { "host": "shop.example.com", "port": 8080 },
 *                          "networks": ["traefik"], "updates": "exclude" } } }
 * }</pre>
 *
 * @param name the stack's name (a valid Compose project name), or null for the directory's name
 * @param environment variables for interpolating the compose file, below the process
 *     environment and the stack's {@code .env}
 * @param networks networks added to the stack, by key
 * @param services what changes per service, by service name
 * @param target where and how the stack is deployed, or null for the caller's choice
 * @param updates whether updaters may touch the stack's services (a service's own policy wins),
 *     or null to leave them as they are
 * @param health how a deployment is judged, or null for the caller's choice
 */
public record StackManifest(
    String name,
    Map<String, String> environment,
    Map<String, ManifestNetwork> networks,
    Map<String, ServiceManifest> services,
    TargetOptions target,
    UpdatePolicy updates,
    HealthPolicy health) {
  private static final StackManifest EMPTY = new StackManifest(null, null, null, null, null, null, null);

  /** Copies the collections and checks the names. */
  public StackManifest {
    ManifestValues.requireMatches(name, ManifestValues.PROJECT_NAME, "name",
        "a stack name (lowercase letters, digits, '_' and '-', starting with a letter or digit)");
    environment = ManifestValues.map(environment, "environment");
    networks = ManifestValues.map(networks, "networks");
    services = ManifestValues.map(services, "services");
    for (String variable : environment.keySet()) {
      ManifestValues.requireMatches(variable, ManifestValues.ENV_NAME, "environment", "a variable name");
    }
    for (String network : networks.keySet()) {
      ManifestValues.requireMatches(network, ManifestValues.RESOURCE_NAME, "networks", "a network key");
    }
    for (String service : services.keySet()) {
      ManifestValues.requireMatches(service, ManifestValues.RESOURCE_NAME, "services", "a service name");
    }
  }

  /** The manifest that changes nothing, as {@code {}} reads. */
  public static StackManifest empty() {
    return EMPTY;
  }

  /** Whether this manifest changes nothing and chooses nothing. */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** What changes in {@code service}: its manifest, or an empty one. */
  public ServiceManifest service(String service) {
    return services.getOrDefault(service, ServiceManifest.empty());
  }

  /**
   * The update policy of {@code service}: its own, else the stack's, else null (leave it as the
   * compose file has it).
   */
  public UpdatePolicy updatesOf(String service) {
    UpdatePolicy own = service(service).updates();
    return own != null ? own : updates;
  }
}
