package dev.phoenix.core.compose.rewrite.internal;

import dev.phoenix.core.compose.document.ComposeDocument;
import dev.phoenix.core.compose.document.YamlNode;
import java.util.List;
import java.util.Optional;

/** Attaches a service to a network, declaring the network at the top level when it is new. */
public final class NetworkAttachment {
  private NetworkAttachment() {
  }

  /**
   * The document with {@code service} on {@code network}. A service without {@code networks} was
   * on {@code default}, so {@code default} is listed too to keep it there.
   */
  public static ComposeDocument attach(ComposeDocument document, String service, String network, boolean external) {
    ComposeDocument result = document;
    List<String> declared = List.of("networks", network);
    if (!result.has("networks", network)) {
      result = external ? result.set(List.of("networks", network, "external"), true)
          : result.setFlow(declared, "{}");
    }
    List<String> path = Paths.service(service, "networks");
    Optional<YamlNode> current = result.at(path);
    if (current.isEmpty()) {
      if (!network.equals("default")) {
        result = result.add(path, "default");
      }
      return result.add(path, network);
    }
    if (current.get().isMapping()) {
      return current.get().get(network).isPresent() ? result : result.setFlow(Paths.service(service, "networks", network), "{}");
    }
    return Paths.addOnce(result, path, network);
  }
}
