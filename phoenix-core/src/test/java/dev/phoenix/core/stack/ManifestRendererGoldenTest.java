package dev.phoenix.core.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.stack.StackManifest;
import dev.phoenix.core.compose.document.ComposeDocument;
import dev.phoenix.core.testing.UnifiedDiff;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each case {@code compose/render/<case>/}: {@code input.yaml} rendered with {@code phoenix.json}
 * must equal {@code expected.yaml} beside them byte for byte (a failure prints a unified diff), and
 * the rendered file must load through the Compose loader.
 */
class ManifestRendererGoldenTest {
  private static final List<String> CASES = List.of("example", "empty", "networks", "traefik", "labels",
      "environment", "service-networks", "secrets", "updates", "hardening", "resources", "gpu", "healthcheck",
      "restart", "pin");

  @TestFactory
  Stream<DynamicTest> manifestsRenderToTheirGoldenFiles() {
    return CASES.stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
  }

  private static void check(String name) throws IOException {
    String input = resource(name + "/input.yaml");
    StackManifest manifest = StackManifests.parse(name + "/phoenix.json", resource(name + "/phoenix.json"));
    String actual = ManifestRenderer.render(ComposeDocument.parse("compose.yaml", input), manifest).text();
    String out = System.getProperty("phoenix.golden.write");
    if (out != null) {
      Files.writeString(Path.of(out, name + ".yaml"), actual);
    }
    String expected = resource(name + "/expected.yaml");
    if (!expected.equals(actual)) {
      fail(name + ": the rendered text differs from expected.yaml\n"
          + UnifiedDiff.of(name + "/expected.yaml", expected, name + " (rendered)", actual));
    }
    ComposeLoader.builder().content("compose.yaml", actual).workingDirectory(Path.of("/srv/shop"))
        .projectName("shop").environment(Map.of()).load();
  }

  @TestFactory
  Stream<DynamicTest> anEmptyManifestKeepsTheTextByteForByte() {
    return CASES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      String input = resource(name + "/input.yaml");
      assertEquals(input, ManifestRenderer.render(ComposeDocument.parse("compose.yaml", input),
          StackManifest.empty()).text());
    }));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ManifestRendererGoldenTest.class.getResourceAsStream("/compose/render/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource compose/render/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
