package dev.phoenix.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  @TempDir
  Path dir;

  private CliResult lint(String... args) {
    return CliResult.run(Map.of(), args);
  }

  private void stack(String name, String compose) throws IOException {
    Files.createDirectories(dir.resolve(name));
    Files.writeString(dir.resolve(name).resolve("compose.yaml"), compose);
  }

  @Test
  void findingsArePrintedWithTheirPlaceAndErrorsFailTheRun() throws IOException {
    stack("shop", """
        services:
          web:
            image: nginx
            ports: ["8080:80"]
        """);
    stack("blog", """
        services:
          web:
            image: nginx
            ports: ["127.0.0.1:8080:80"]
        """);
    // Relative, as people type it: the findings name files below the directory.
    CliResult result = lint("lint", Path.of("").toAbsolutePath().relativize(dir).toString());
    assertThat(result.out()).contains("shop/compose.yaml:4:13: error duplicate-host-port",
        "blog/compose.yaml:4:13: error duplicate-host-port", "2 errors, 0 warnings");
    assertThat(result.status()).isEqualTo(Phoenix.FAILURE);
  }

  @Test
  void aCleanDirectoryHasNoFindings() throws IOException {
    stack("shop", """
        services:
          web:
            image: nginx
        """);
    CliResult result = lint("lint", dir.toString());
    assertThat(result.status()).isEqualTo(Phoenix.OK);
    assertThat(result.out()).isEqualTo("no findings\n");
  }

  @Test
  void aServiceOfAProfileCountsForHostPortsOnlyWhenTheProfileIsEnabled() throws IOException {
    stack("shop", """
        services:
          web:
            image: nginx
            ports: ["8080:80"]
        """);
    stack("tools", """
        services:
          debug:
            image: nginx
            profiles: [debug]
            ports: ["8080:80"]
        """);
    CliResult disabled = lint("lint", dir.toString());
    assertThat(disabled.status()).isEqualTo(Phoenix.OK);
    assertThat(disabled.out()).isEqualTo("no findings\n");

    for (List<String> enabling : List.of(List.of("--profile", "debug"), List.of("--profile=other", "--profile=debug"))) {
      List<String> args = new ArrayList<>(List.of("lint", dir.toString()));
      args.addAll(enabling);
      CliResult enabled = lint(args.toArray(String[]::new));
      assertThat(enabled.status()).isEqualTo(Phoenix.FAILURE);
      assertThat(enabled.out()).contains("shop/compose.yaml:4:13: error duplicate-host-port",
          "tools/compose.yaml:5:13: error duplicate-host-port", "2 errors, 0 warnings");
    }
  }

  @Test
  void aProfileNeedsAName() {
    CliResult result = lint("lint", dir.toString(), "--profile");
    assertThat(result.status()).isEqualTo(Phoenix.BAD_INPUT);
    assertThat(result.err()).contains("option --profile needs a value");
  }

  @Test
  void aMissingDirectoryIsBadInput() {
    CliResult result = lint("lint", dir.resolve("nowhere").toString());
    assertThat(result.status()).isEqualTo(Phoenix.BAD_INPUT);
    assertThat(result.err()).contains("is not a directory");
  }
}
