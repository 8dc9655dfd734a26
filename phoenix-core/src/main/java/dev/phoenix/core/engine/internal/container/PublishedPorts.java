package dev.phoenix.core.engine.internal.container;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.Ports;
import dev.phoenix.api.compose.PortMapping;
import dev.phoenix.api.compose.ServiceSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ports} and {@code expose}: every container port goes to {@code ExposedPorts}, published
 * ones also to {@code PortBindings} with their host address and host port (a range, or empty for a
 * random port). The loader already expanded port ranges to one mapping per container port.
 */
final class PublishedPorts {
  private PublishedPorts() {
  }

  /** The exposed ports, published and {@code expose}d ones, without repeats. */
  static List<ExposedPort> exposed(ServiceSpec service) {
    Set<ExposedPort> ports = new LinkedHashSet<>();
    for (PortMapping port : service.ports()) {
      ports.add(exposedPort(port));
    }
    for (String spec : service.expose()) {
      ports.addAll(expose(spec));
    }
    return new ArrayList<>(ports);
  }

  /** The port bindings of {@code ports}. */
  static Ports bindings(ServiceSpec service) {
    Ports bindings = new Ports();
    for (PortMapping port : service.ports()) {
      String hostIp = port.hostIp() == null ? "" : port.hostIp();
      String published = port.published() == null ? "" : port.published();
      bindings.bind(exposedPort(port), new Ports.Binding(hostIp, published));
    }
    return bindings;
  }

  private static ExposedPort exposedPort(PortMapping port) {
    return new ExposedPort(port.target(), protocol(port.protocol()));
  }

  private static InternetProtocol protocol(String protocol) {
    return protocol == null || protocol.isEmpty() ? InternetProtocol.TCP : InternetProtocol.parse(protocol.toLowerCase(Locale.ROOT));
  }

  /** {@code 3000}, {@code 8000-8010/udp}: one exposed port per number. */
  static List<ExposedPort> expose(String spec) {
    int slash = spec.indexOf('/');
    String numbers = slash < 0 ? spec : spec.substring(0, slash);
    InternetProtocol protocol = protocol(slash < 0 ? null : spec.substring(slash + 1));
    int dash = numbers.indexOf('-');
    int first = Integer.parseInt(numbers.substring(0, dash < 0 ? numbers.length() : dash).trim());
    int last = dash < 0 ? first : Integer.parseInt(numbers.substring(dash + 1).trim());
    List<ExposedPort> ports = new ArrayList<>();
    for (int port = first; port <= last; port++) {
      ports.add(new ExposedPort(port, protocol));
    }
    return ports;
  }
}
