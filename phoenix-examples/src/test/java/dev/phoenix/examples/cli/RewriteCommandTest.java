package dev.phoenix.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private CliResult phoenix(String... args) {
    return CliResult.run(Map.of(), args);
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
    CliResult result = phoenix("rewrite", "-f", compose.toString(), "--manifest", manifest.toString());
    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(Phoenix.OK);
    assertThat(result.out()).isEqualTo("""
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
    CliResult result = phoenix("rewrite", "-f", compose.toString(), "--manifest", manifest.toString(),
        "-o", output.toString());
    assertThat(result.status()).isEqualTo(Phoenix.OK);
    assertThat(result.out()).isEmpty();
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
    CliResult result = phoenix("rewrite", "-f", compose.toString(), "--manifest", manifest.toString());
    assertThat(result.status()).isEqualTo(Phoenix.BAD_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .startsWith(manifest + ":2:")
        .contains("$.services.web.traefik.port: must be between 1 and 65535, got 70000");
  }

  @Test
  void aServiceTheFileLacksNamesTheManifestTheServiceAndTheFile() throws IOException {
    Path compose = write("compose.yaml", COMPOSE);
    Path manifest = write("phoenix.json", "{ \"services\": { \"api\": { \"restart\": \"always\" } } }");
    CliResult result = phoenix("rewrite", "-f", compose.toString(), "--manifest", manifest.toString());
    assertThat(result.status()).isEqualTo(Phoenix.BAD_INPUT);
    assertThat(result.err()).contains(manifest + ": service api:", "$.services.api",
        compose + " has no such service; its services are web");
  }

  @Test
  void invalidYamlIsReportedWithFileLineAndColumn() throws IOException {
    Path compose = write("compose.yaml", "services:\n  web: [unclosed\n");
    Path manifest = write("phoenix.json", "{}");
    CliResult result = phoenix("rewrite", "-f", compose.toString(), "--manifest", manifest.toString());
    assertThat(result.status()).isEqualTo(Phoenix.BAD_INPUT);
    assertThat(result.err()).startsWith(compose + ":");
  }

  @Test
  void aMissingOptionIsAUsageError() {
    CliResult result = phoenix("rewrite", "-f", "compose.yaml");
    assertThat(result.status()).isEqualTo(Phoenix.BAD_INPUT);
    assertThat(result.err()).contains("rewrite needs -f FILE and --manifest MANIFEST");
  }
}
