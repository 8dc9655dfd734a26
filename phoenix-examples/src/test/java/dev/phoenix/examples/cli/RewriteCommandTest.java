package dev.phoenix.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RewriteCommandTest {
  private static final String COMPOSE = """
      # the shop
      services:
        web:
          image: nginx:1.27   # front end
      """;

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int phoenix(String... args) {
    return Phoenix.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void theRewrittenFileIsPrintedKeepingComments() throws IOException {
    Path compose = write("compose.yaml", COMPOSE);
    Path manifest = write("phoenix.json", """
        { "name": "shop", "services": { "web": { "labels": { "team": "shop" }, "restart": "always" } } }
        """);
    int status = phoenix("rewrite", "-f", compose.toString(), "--manifest", manifest.toString());
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isEqualTo(Phoenix.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
        # the shop
        services:
          web:
            image: nginx:1.27   # front end
            labels:
              team: shop
            restart: always
        """);
  }

  @Test
  void anOutputFileIsWrittenAndNothingIsPrinted() throws IOException {
    Path compose = write("compose.yaml", COMPOSE);
    Path manifest = write("phoenix.json", "{}");
    Path output = dir.resolve("rendered.yaml");
    int status = phoenix("rewrite", "-f", compose.toString(), "--manifest", manifest.toString(),
        "-o", output.toString());
    assertThat(status).isEqualTo(Phoenix.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(Files.readString(output)).isEqualTo(COMPOSE);
    try (var files = Files.list(dir)) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrder("compose.yaml", "phoenix.json", "rendered.yaml");
    }
  }

  @Test
  void aBadManifestValueIsReportedWithItsPlaceAndJsonPath() throws IOException {
    Path compose = write("compose.yaml", COMPOSE);
    Path manifest = write("phoenix.json", """
        { "services": { "web": {
            "traefik": { "host": "shop.example.com", "port": 70000 } } } }
        """);
    int status = phoenix("rewrite", "-f", compose.toString(), "--manifest", manifest.toString());
    assertThat(status).isEqualTo(Phoenix.BAD_INPUT);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith(manifest + ":2:")
        .contains("$.services.web.traefik.port: must be between 1 and 65535, got 70000");
  }

  @Test
  void aServiceTheFileLacksNamesTheManifestTheServiceAndTheFile() throws IOException {
    Path compose = write("compose.yaml", COMPOSE);
    Path manifest = write("phoenix.json", "{ \"services\": { \"api\": { \"restart\": \"always\" } } }");
    int status = phoenix("rewrite", "-f", compose.toString(), "--manifest", manifest.toString());
    assertThat(status).isEqualTo(Phoenix.BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains(manifest + ": service api:", "$.services.api",
        compose + " has no such service; its services are web");
  }

  @Test
  void invalidYamlIsReportedWithFileLineAndColumn() throws IOException {
    Path compose = write("compose.yaml", "services:\n  web: [unclosed\n");
    Path manifest = write("phoenix.json", "{}");
    int status = phoenix("rewrite", "-f", compose.toString(), "--manifest", manifest.toString());
    assertThat(status).isEqualTo(Phoenix.BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(compose + ":");
  }

  @Test
  void aMissingOptionIsAUsageError() {
    assertThat(phoenix("rewrite", "-f", "compose.yaml")).isEqualTo(Phoenix.BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("rewrite needs -f FILE and --manifest MANIFEST");
  }
}
