package dev.phoenix.core.compose.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.core.testing.UnifiedDiff;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each edit kind on a real-looking file: {@code compose/document/<case>/input.yaml} edited must
 * equal {@code expected.yaml} beside it, byte for byte (a failure prints a unified diff), and the
 * result must still load through the Compose loader.
 */
class ComposeDocumentGoldenTest {
  private static final Map<String, UnaryOperator<ComposeDocument>> CASES = Map.ofEntries(
      Map.entry("set-scalar", d -> d.set(List.of("services", "web", "image"), "nginx:1.27")),
      Map.entry("set-plain", d -> d.set(List.of("services", "db", "image"), "postgres:17")),
      Map.entry("set-quoted-when-needed", d -> d.set(List.of("services", "web", "labels", "team"), "true")),
      Map.entry("put-key-block", d -> d.set(List.of("services", "db", "restart"), "unless-stopped")),
      Map.entry("put-key-intermediate",
          d -> d.set(List.of("services", "db", "deploy", "resources", "limits", "memory"), "512m")),
      Map.entry("put-key-flow", d -> d.set(List.of("volumes", "data", "driver"), "local")),
      Map.entry("add-item-block", d -> d.add(List.of("services", "web", "ports"), "8443:443")),
      Map.entry("add-item-new-sequence", d -> d.add(List.of("services", "db", "cap_drop"), "ALL")),
      Map.entry("remove-key", d -> d.remove(List.of("services", "web", "image"))),
      Map.entry("remove-key-with-block", d -> d.remove(List.of("services", "web", "ports"))),
      Map.entry("remove-item", d -> d.remove(List.of("services", "web", "environment", "0"))),
      Map.entry("entry-list-replace", d -> d.putEntry(List.of("services", "web", "environment"), "LOG_LEVEL", "debug")),
      Map.entry("entry-list-add", d -> d.putEntry(List.of("services", "web", "environment"), "MOTD", "a # b")),
      Map.entry("entry-map-add", d -> d.putEntry(List.of("services", "web", "labels"), "traefik.enable", "true")),
      Map.entry("entry-map-remove", d -> d.removeEntry(List.of("services", "web", "labels"), "team")),
      Map.entry("flow-style", d -> d.add(List.of("services", "web", "ports"), "443:443")
          .set(List.of("services", "web", "restart"), "always")));

  @TestFactory
  Stream<DynamicTest> editsMatchTheirGoldenFiles() {
    return CASES.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
  }

  static void check(String name) throws IOException {
    String input = resource(name + "/input.yaml");
    String expected = resource(name + "/expected.yaml");
    boolean inputLoads = loads(input);
    String actual = CASES.get(name).apply(ComposeDocument.parse("input.yaml", input)).text();
    if (!expected.equals(actual)) {
      fail(name + ": the edited text differs from expected.yaml\n"
          + UnifiedDiff.of(name + "/expected.yaml", expected, name + " (edited)", actual));
    }
    if (inputLoads) {
      assertTrue(loads(actual), name + ": the edited file no longer loads");
    }
  }

  static boolean loads(String text) {
    try {
      ComposeLoader.builder().content("compose.yaml", text).projectName("golden").load();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = ComposeDocumentGoldenTest.class.getResourceAsStream("/compose/document/" + path)) {
      if (in == null) {
        throw new IOException("missing test resource compose/document/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
