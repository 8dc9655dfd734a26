package dev.phoenix.core.tls.endpoint;

import static dev.phoenix.core.tls.context.DockerContextStore.DEFAULT_HOST;

import dev.phoenix.api.endpoint.EndpointResolutionException;
import java.net.URI;
import java.util.List;

/**
 * Engine addresses read the way the docker CLI 28 reads them: {@code --host} and
 * {@code DOCKER_HOST} are normalized (a bare {@code HOST:PORT} is TCP, a missing port is 2375, a
 * missing host {@code localhost}), a context's {@code Host} is used as stored.
 */
final class DockerHosts {
  // With TLS and no address at all, the CLI goes to the TLS port on this machine.
  static final String DEFAULT_TLS_HOST = "tcp://localhost:2376";
  static final int PLAIN_PORT = 2375;
  static final int TLS_PORT = 2376;

  /** A normalized address, and whether its port was filled in rather than given. */
  record Parsed(URI uri, boolean portDefaulted) {
  }

  private DockerHosts() {
  }

  /**
   * Normalizes an address given as {@code --host} or {@code DOCKER_HOST}.
   *
   * @param value the address as given, or null
   * @param tls whether TLS is on, which makes an absent address {@code tcp://localhost:2376}
   * @param source where the address came from, for messages
   */
  static Parsed parse(String value, boolean tls, String source, List<String> tried) {
    String address = value == null ? "" : value.trim();
    if (address.isEmpty()) {
      return new Parsed(URI.create(tls ? DEFAULT_TLS_HOST : DEFAULT_HOST), false);
    }
    int separator = address.indexOf("://");
    String scheme = separator < 0 ? "tcp" : address.substring(0, separator);
    String rest = separator < 0 ? address : address.substring(separator + 3);
    return switch (scheme) {
      case "tcp" -> tcp(address, rest, source, tried);
      case "unix" -> new Parsed(uri(rest.isEmpty() ? DEFAULT_HOST : "unix://" + rest, address, source, tried), false);
      case "ssh" -> throw sshUnsupported(address, source, tried);
      case "npipe", "fd" -> throw new EndpointResolutionException(scheme + ":// addresses (" + source + " " + address
          + ") are not supported by Phoenix: use unix:///PATH or tcp://HOST:PORT", tried);
      default -> throw invalid(address, source, tried);
    };
  }

  /**
   * Checks a context's stored {@code Host}: Phoenix speaks to a unix socket or to TCP with an
   * explicit port (the docker CLI would send a port-less TCP address to port 80).
   */
  static URI contextHost(String host, String context, String source, List<String> tried) {
    String address = host.trim();
    if (address.isEmpty()) {
      return URI.create(DEFAULT_HOST);
    }
    if (address.startsWith("ssh://")) {
      throw sshUnsupported(address, source, tried);
    }
    if (address.startsWith("unix://")) {
      return uri(address.length() == "unix://".length() ? DEFAULT_HOST : address, address, source, tried);
    }
    if (address.startsWith("tcp://")) {
      URI uri = uri(address, address, source, tried);
      if (uri.getHost() == null || uri.getPort() < 0) {
        throw new EndpointResolutionException("context \"" + context + "\" (" + source + ") has host " + address
            + " without a host name and port; recreate it with host=tcp://HOST:" + TLS_PORT + " (TLS) or :"
            + PLAIN_PORT, tried);
      }
      return uri;
    }
    throw new EndpointResolutionException("context \"" + context + "\" (" + source + ") has host " + address
        + ", which Phoenix cannot speak to: use unix:///PATH or tcp://HOST:PORT", tried);
  }

  /** Whether {@code uri} is a TCP address on the docker engine's TLS port. */
  static boolean isTlsPort(URI uri) {
    return "tcp".equals(uri.getScheme()) && uri.getPort() == TLS_PORT;
  }

  private static Parsed tcp(String address, String rest, String source, List<String> tried) {
    if (rest.contains("://")) {
      throw invalid(address, source, tried);
    }
    int slash = rest.indexOf('/');
    String hostPort = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash);
    String host;
    String port;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0 || (close + 1 < hostPort.length() && hostPort.charAt(close + 1) != ':')) {
        throw invalid(address, source, tried);
      }
      host = hostPort.substring(0, close + 1);
      port = close + 1 < hostPort.length() ? hostPort.substring(close + 2) : "";
    } else if (hostPort.indexOf(':') != hostPort.lastIndexOf(':')) {
      // A bare IPv6 address: the CLI brackets it and adds the default port.
      host = "[" + hostPort + "]";
      port = "";
    } else {
      int colon = hostPort.indexOf(':');
      host = colon < 0 ? hostPort : hostPort.substring(0, colon);
      port = colon < 0 ? "" : hostPort.substring(colon + 1);
    }
    boolean portDefaulted = port.isEmpty();
    if (portDefaulted) {
      port = Integer.toString(PLAIN_PORT);
    } else if (!port.chars().allMatch(Character::isDigit) || Integer.parseInt(port) > 65535) {
      throw invalid(address, source, tried);
    }
    String normalized = "tcp://" + (host.isEmpty() ? "localhost" : host) + ":" + port + path;
    return new Parsed(uri(normalized, address, source, tried), portDefaulted);
  }

  private static URI uri(String normalized, String address, String source, List<String> tried) {
    try {
      return new URI(normalized);
    } catch (java.net.URISyntaxException e) {
      throw invalid(address, source, tried);
    }
  }

  private static EndpointResolutionException invalid(String address, String source, List<String> tried) {
    return new EndpointResolutionException("invalid engine address " + address + " (" + source
        + "): use unix:///PATH, tcp://HOST:PORT or HOST:PORT", tried);
  }

  private static EndpointResolutionException sshUnsupported(String address, String source, List<String> tried) {
    return new EndpointResolutionException("ssh:// hosts are not supported by Phoenix yet (" + source + ": " + address
        + "). Forward the engine's socket instead (ssh -nNT -L /tmp/docker.sock:/var/run/docker.sock USER@HOST) and "
        + "use unix:///tmp/docker.sock, or expose the engine on tcp://HOST:2376 with TLS", tried);
  }
}
