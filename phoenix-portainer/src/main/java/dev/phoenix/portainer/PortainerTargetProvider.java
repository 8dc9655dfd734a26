package dev.phoenix.portainer;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.deploy.DeploymentTarget;
import dev.phoenix.api.spi.DeploymentTargetProvider;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Offers the {@code portainer} kind of {@link DeploymentTarget}, found by {@link java.util.ServiceLoader}.
 * The address is the server's URL with the environment as {@code endpoint}:
 * {@code https://portainer.example.com:9443?endpoint=3}. Credentials come from the environment map:
 * {@value #API_KEY}, or {@value #USERNAME} and {@value #PASSWORD}. So does TLS: {@value #CA} names a
 * PEM file of the CA that signed the server's certificate (a private CA), and {@value #INSECURE}
 * set to {@code true} accepts any certificate, with a warning; it is meant for a test server.
 *
 * <pre>{@code
 * try (DeploymentTarget portainer = DeploymentTarget.open("portainer",
 *     "https://portainer.example.com:9443?endpoint=3", System.getenv())) {
 *   System.out.println(portainer.list());
 * }
 * }</pre>
 */
public final class PortainerTargetProvider implements DeploymentTargetProvider {
  /** The variable holding an access token ({@code ptr_...}); preferred over a login. */
  public static final String API_KEY = "PHOENIX_PORTAINER_API_KEY";
  /** The variable holding the user name of a login. */
  public static final String USERNAME = "PHOENIX_PORTAINER_USERNAME";
  /** The variable holding the password of a login. */
  public static final String PASSWORD = "PHOENIX_PORTAINER_PASSWORD";
  /** The variable naming a PEM file with the CA certificate to trust, for a server with a private CA. */
  public static final String CA = "PHOENIX_PORTAINER_CA";
  /** The variable that, set to {@code true}, skips the verification of the server's certificate. */
  public static final String INSECURE = "PHOENIX_PORTAINER_INSECURE";

  @Override
  public String kind() {
    return "portainer";
  }

  /**
   * @throws PhoenixException without an address, without {@code ?endpoint=N}, with another query
   *     parameter, without credentials, or with TLS settings that cannot be used
   */
  @Override
  public DeploymentTarget open(String address, Map<String, String> environment) {
    if (address == null || address.isBlank()) {
      throw new PhoenixException("a portainer target needs an address: https://HOST:9443?endpoint=N");
    }
    URI uri;
    try {
      uri = URI.create(address.strip());
    } catch (IllegalArgumentException e) {
      throw new PhoenixException("portainer target \"" + address + "\" is no URL: " + e.getMessage(), e);
    }
    int endpointId = endpointId(address, uri.getRawQuery());
    URI server = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? ""
        : uri.getRawPath()));
    PortainerClient.Builder builder;
    try {
      builder = PortainerClient.builder().url(server);
    } catch (IllegalArgumentException e) {
      throw new PhoenixException("portainer target \"" + address + "\" is no http:// or https:// URL", e);
    }
    Map<String, String> env = environment == null ? Map.of() : environment;
    credentials(builder, server, env);
    tls(builder, server, env);
    return PortainerTarget.owning(builder.build(), endpointId);
  }

  private static int endpointId(String address, String query) {
    int found = 0;
    for (String part : query == null ? new String[0] : query.split("&")) {
      if (!part.startsWith("endpoint=")) {
        throw new PhoenixException("portainer target \"" + address + "\" has an unknown parameter '"
            + part.replaceFirst("=.*", "") + "': the only one is endpoint=N (TLS and credentials come from "
            + CA + ", " + INSECURE + " and " + API_KEY + ")");
      }
      found = positive(part.substring("endpoint=".length()));
      if (found == 0) {
        break;
      }
    }
    if (found > 0) {
      return found;
    }
    throw new PhoenixException("portainer target \"" + address + "\" names no environment: add ?endpoint=N (the"
        + " environment's ID in Portainer)");
  }

  /** {@code text} as a positive number, or 0 when it is none. */
  private static int positive(String text) {
    try {
      return Math.max(0, Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static void tls(PortainerClient.Builder builder, URI server, Map<String, String> environment) {
    String insecure = environment.getOrDefault(INSECURE, "").strip();
    if (insecure.equalsIgnoreCase("true") || insecure.equals("1")) {
      builder.skipTlsVerify();
    } else if (!insecure.isEmpty() && !insecure.equalsIgnoreCase("false") && !insecure.equals("0")) {
      throw new PhoenixException(INSECURE + " is '" + insecure + "': true or false");
    }
    String ca = environment.getOrDefault(CA, "").strip();
    if (!ca.isEmpty()) {
      if (!"https".equalsIgnoreCase(server.getScheme())) {
        throw new PhoenixException(CA + " is set but Portainer at " + server + " is not reached over https");
      }
      builder.caCertificate(Path.of(ca));
    }
  }

  private static void credentials(PortainerClient.Builder builder, URI server, Map<String, String> environment) {
    String apiKey = environment.get(API_KEY);
    if (apiKey != null && !apiKey.isBlank()) {
      builder.apiKey(apiKey.strip());
      return;
    }
    String username = environment.get(USERNAME);
    String password = environment.get(PASSWORD);
    boolean hasUser = username != null && !username.isBlank();
    boolean hasPassword = password != null && !password.isEmpty();
    if (hasUser && hasPassword) {
      builder.credentials(username, password);
      return;
    }
    String missing = hasUser ? "; " + USERNAME + " is set but " + PASSWORD + " is not"
        : hasPassword ? "; " + PASSWORD + " is set but " + USERNAME + " is not" : "";
    throw new PhoenixException("no credentials for Portainer at " + server + ": set " + API_KEY
        + " (an access token, ptr_...), or " + USERNAME + " and " + PASSWORD + missing);
  }
}
