package dev.phoenix.core.compose.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phoenix.api.compose.ComposeSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * An unchanged document gives back the exact text it was parsed from, for every YAML file of the
 * shared compose-go conformance cases and of the repository's examples.
 */
class ComposeDocumentRoundTripTest {

  @TestFactory
  Stream<DynamicTest> conformanceFilesRoundTripByteForByte() throws IOException {
    Path dir = conformanceDirectory();
    assertTrue(Files.isDirectory(dir), "the conformance cases directory " + dir + " does not exist");
    List<Path> files = yamlFiles(dir);
    assertTrue(files.size() > 100, "expected the conformance YAML files under " + dir + ", found " + files.size());
    return files.stream().map(file -> DynamicTest.dynamicTest(dir.relativize(file).toString(), () -> roundTrip(file)));
  }

  @TestFactory
  Stream<DynamicTest> exampleFilesRoundTripByteForByte() throws IOException {
    Path dir = Path.of("..", "examples").toAbsolutePath().normalize();
    List<Path> files = yamlFiles(dir);
    assertTrue(!files.isEmpty(), "no YAML files under " + dir);
    return files.stream().map(file -> DynamicTest.dynamicTest(dir.relativize(file).toString(), () -> {
      ComposeDocument document = ComposeDocument.read(file);
      assertEquals(Files.readString(file), document.text());
    }));
  }

  /** The file parses and gives back its bytes, or is invalid YAML and says where. */
  private static void roundTrip(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    ComposeDocument document;
    try {
      document = ComposeDocument.parse(file.getFileName().toString(), text);
    } catch (ComposeSyntaxException e) {
      assertTrue(e.getMessage().startsWith(file.getFileName().toString()), e.getMessage());
      return;
    }
    assertEquals(text, document.text());
    assertTrue(Arrays.equals(bytes, document.text().getBytes(StandardCharsets.UTF_8)));
    editStillLoads(document);
  }

  /**
   * A label on the first service, in the file's style, changes only added or edited lines and
   * leaves a file that loads if the original did; an edit the file's anchors forbid is refused.
   */
  private static void editStillLoads(ComposeDocument document) {
    Optional<YamlNode> services = document.at("services").filter(YamlNode::isMapping);
    if (services.isEmpty() || services.get().size() == 0 || !services.get().items().get(0).isMapping()) {
      return;
    }
    List<String> labels = List.of("services", services.get().keys().get(0), "labels");
    ComposeDocument edited;
    try {
      edited = document.putEntry(labels, "dev.phoenix.test", "edited: yes");
    } catch (ComposeEditException refused) {
      return;
    }
    String entry = edited.at(labels).filter(YamlNode::isSequence).isPresent()
        ? "dev.phoenix.test=edited: yes" : "edited: yes";
    assertEquals(Optional.of(entry), edited.at(labels).flatMap(node -> node.isSequence()
        ? node.items().get(node.size() - 1).value() : node.get("dev.phoenix.test").flatMap(YamlNode::value)));
    if (ComposeDocumentGoldenTest.loads(document.text())) {
      assertTrue(ComposeDocumentGoldenTest.loads(edited.text()), "the edited file no longer loads:\n" + edited.text());
    }
  }

  private static List<Path> yamlFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(path -> path.toString().endsWith(".yml") || path.toString().endsWith(".yaml"))
          .sorted()
          .toList();
    }
  }

  static Path conformanceDirectory() {
    String configured = System.getProperty("phoenix.conformance.dir", "");
    Path dir = configured.isBlank()
        ? Path.of(System.getProperty("phoenix.shared.dir", "../shared"), "conformance", "compose")
        : Path.of(configured);
    return dir.toAbsolutePath().normalize();
  }
}
