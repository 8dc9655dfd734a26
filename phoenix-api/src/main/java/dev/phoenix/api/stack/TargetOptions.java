package dev.phoenix.api.stack;

import dev.phoenix.api.deploy.PullPolicy;
import java.net.URI;
import java.util.Set;

/**
 * Where and how the stack is deployed when a directory of stacks is synced. In a manifest:
 *
 * <pre>{@code
 * "target": { "uri": "docker+context:prod", "removeOrphans": true, "pull": "always" }
 * }</pre>
 *
 * <p>The target URI has one of these forms:
 * <ul>
 *   <li>{@code docker}: the engine the environment names ({@code DOCKER_HOST}, the current context)
 *   <li>{@code docker+context:NAME}: the engine of the Docker CLI context {@code NAME}
 *   <li>{@code swarm} or {@code swarm+context:NAME}: the Swarm the engine manages
 *   <li>{@code portainer:https://HOST:9443?endpoint=N}: a Portainer server and its environment
 * </ul>
 *
 * @param uri the target, or null for the one the caller chooses
 * @param removeOrphans whether containers of services no longer in the stack are removed, or
 *     null for the caller's default
 * @param pull when images are pulled, or null for the caller's default
 */
public record TargetOptions(String uri, Boolean removeOrphans, PullPolicy pull) {
  private static final Set<String> KINDS = Set.of("docker", "docker+context", "swarm", "swarm+context", "portainer");

  /** Checks the target URI's form. */
  public TargetOptions {
    if (uri != null) {
      checkUri(uri);
    }
  }

  /** The kind of target: {@code docker}, {@code docker+context}, {@code swarm}, {@code swarm+context} or {@code portainer}; null without a URI. */
  public String kind() {
    if (uri == null) {
      return null;
    }
    int colon = uri.indexOf(':');
    return colon < 0 ? uri : uri.substring(0, colon);
  }

  /** What follows the kind (the context name, the Portainer URL), or null when nothing does. */
  public String argument() {
    if (uri == null || uri.indexOf(':') < 0) {
      return null;
    }
    return uri.substring(uri.indexOf(':') + 1);
  }

  private static void checkUri(String uri) {
    int colon = uri.indexOf(':');
    String kind = colon < 0 ? uri : uri.substring(0, colon);
    String argument = colon < 0 ? null : uri.substring(colon + 1);
    if (!KINDS.contains(kind)) {
      throw ManifestValues.invalid("uri", "unknown target \"" + uri
          + "\": expected docker, docker+context:NAME, swarm, swarm+context:NAME or portainer:https://HOST?endpoint=N");
    }
    boolean needsArgument = kind.endsWith("+context") || kind.equals("portainer");
    if (needsArgument && (argument == null || argument.isEmpty())) {
      throw ManifestValues.invalid("uri", "target " + kind + " needs a value after ':' in \"" + uri + "\"");
    }
    if (!needsArgument && argument != null) {
      throw ManifestValues.invalid("uri", "target " + kind + " takes no value, got \"" + uri + "\"");
    }
    if (kind.equals("portainer")) {
      checkPortainer(uri, argument);
    }
  }

  private static void checkPortainer(String uri, String argument) {
    URI url;
    try {
      url = URI.create(argument);
    } catch (IllegalArgumentException e) {
      throw ManifestValues.invalid("uri", "\"" + uri + "\" has no valid Portainer URL: " + e.getMessage());
    }
    if (!("https".equals(url.getScheme()) || "http".equals(url.getScheme())) || url.getHost() == null) {
      throw ManifestValues.invalid("uri", "\"" + uri + "\": the Portainer URL must be http(s)://HOST[:PORT]");
    }
    String query = url.getQuery();
    if (query == null || !query.matches("(.*&)?endpoint=[0-9]+(&.*)?")) {
      throw ManifestValues.invalid("uri", "\"" + uri + "\": name the Portainer environment with ?endpoint=N");
    }
  }
}
