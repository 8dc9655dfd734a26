package dev.phoenix.api.stack;

/**
 * A network the manifest adds to the stack, or declares as already there. In a manifest:
 *
 * <pre>{@code
 * "networks": { "traefik": { "external": true },
 *               "backend": { "name": "shop-backend" } }
 * }</pre>
 *
 * @param external whether the network exists outside the stack (created by someone else, never
 *     removed with the stack)
 * @param name the network's name on the engine, or null for Compose's default
 *     ({@code <stack>_<key>}, or the key itself when external)
 */
public record ManifestNetwork(boolean external, String name) {

  /** Checks the name. */
  public ManifestNetwork {
    ManifestValues.requireMatches(name, ManifestValues.RESOURCE_NAME, "name", "a network name");
  }

  /** An external network, known on the engine by its key. */
  public static ManifestNetwork externalNetwork() {
    return new ManifestNetwork(true, null);
  }
}
