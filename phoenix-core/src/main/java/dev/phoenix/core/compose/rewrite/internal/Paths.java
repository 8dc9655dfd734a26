package dev.phoenix.core.compose.rewrite.internal;

import dev.phoenix.api.compose.ComposeRewriteException;
import dev.phoenix.core.compose.document.ComposeDocument;
import dev.phoenix.core.compose.document.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Paths into a service and the reads the transforms share. */
public final class Paths {
  private Paths() {
  }

  /** {@code services.<service>.<keys...>}. */
  public static List<String> service(String service, String... keys) {
    List<String> path = new ArrayList<>(List.of("services", service));
    path.addAll(Arrays.asList(keys));
    return List.copyOf(path);
  }

  /** The names of the file's services, in file order. */
  public static List<String> services(ComposeDocument document) {
    return document.at("services").filter(YamlNode::isMapping).map(YamlNode::keys).orElse(List.of());
  }

  /** Fails with the services that exist when {@code service} is not one of them. */
  public static void requireService(ComposeDocument document, String service) {
    List<String> names = services(document);
    if (!names.contains(service)) {
      throw new ComposeRewriteException(service, "no such service in " + document.fileName()
          + (names.isEmpty() ? "; it defines no services" : "; its services are " + String.join(", ", names)));
    }
  }

  /** A labels or environment collection as key to value, whether the file writes it as a map or a list. */
  public static Map<String, String> entries(Optional<YamlNode> node) {
    Map<String, String> entries = new LinkedHashMap<>();
    if (node.isEmpty()) {
      return entries;
    }
    YamlNode collection = node.get();
    if (collection.isMapping()) {
      List<String> keys = collection.keys();
      for (int i = 0; i < keys.size(); i++) {
        entries.put(keys.get(i), collection.items().get(i).value().orElse(""));
      }
    } else if (collection.isSequence()) {
      for (YamlNode item : collection.items()) {
        String text = item.value().orElse("");
        int equals = text.indexOf('=');
        entries.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? "" : text.substring(equals + 1));
      }
    }
    return entries;
  }

  /** The scalar values of a sequence; empty when absent or not a sequence. */
  public static List<String> items(ComposeDocument document, List<String> path) {
    return document.at(path).filter(YamlNode::isSequence)
        .map(sequence -> sequence.items().stream().map(item -> item.value().orElse("")).toList())
        .orElse(List.of());
  }

  /** Appends {@code item} to the sequence at {@code path} unless it already holds it. */
  public static ComposeDocument addOnce(ComposeDocument document, List<String> path, String item) {
    Optional<YamlNode> node = document.at(path);
    if (node.isPresent() && node.get().isScalar() && !node.get().value().orElse("").isEmpty()) {
      throw new ComposeRewriteException(path.get(1), String.join(".", path.subList(2, path.size()))
          + " is a single value in " + document.fileName() + "; write it as a list to let Phoenix add " + item);
    }
    return items(document, path).contains(item) ? document : document.add(path, item);
  }
}
