package dev.phoenix.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

  private int lint(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
    return Phoenix.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // Relative, as people type it: the findings name files below the directory.
    int status = lint(out, err, "lint", Path.of("").toAbsolutePath().relativize(dir).toString());
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("shop/compose.yaml:4:13: error duplicate-host-port", "blog/compose.yaml:4:13: error"
        + " duplicate-host-port", "2 errors, 0 warnings");
    assertThat(status).isEqualTo(Phoenix.FAILURE);
  }

  @Test
  void aCleanDirectoryHasNoFindings() throws IOException {
    stack("shop", """
        services:
          web:
            image: nginx
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(lint(out, new ByteArrayOutputStream(), "lint", dir.toString())).isEqualTo(Phoenix.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("no findings\n");
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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(lint(out, new ByteArrayOutputStream(), "lint", dir.toString())).isEqualTo(Phoenix.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("no findings\n");

    for (List<String> enabling : List.of(List.of("--profile", "debug"), List.of("--profile=other", "--profile=debug"))) {
      out.reset();
      List<String> args = new ArrayList<>(List.of("lint", dir.toString()));
      args.addAll(enabling);
      assertThat(lint(out, new ByteArrayOutputStream(), args.toArray(String[]::new))).isEqualTo(Phoenix.FAILURE);
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("shop/compose.yaml:4:13: error duplicate-host-port",
          "tools/compose.yaml:5:13: error duplicate-host-port", "2 errors, 0 warnings");
    }
  }

  @Test
  void aProfileNeedsAName() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(lint(new ByteArrayOutputStream(), err, "lint", dir.toString(), "--profile")).isEqualTo(Phoenix.BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("option --profile needs a value");
  }

  @Test
  void aMissingDirectoryIsBadInput() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(lint(new ByteArrayOutputStream(), err, "lint", dir.resolve("nowhere").toString()))
        .isEqualTo(Phoenix.BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a directory");
  }
}
