package dev.phoenix.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine commands' command lines: what is refused before any engine is contacted. Every
 * case here ends before a connection is opened, so no engine is needed.
 */
class StackCommandsTest {
  @TempDir
  Path dir;

  private CliResult run(String... args) {
    return CliResult.run(Map.of("HOME", dir.toString()), args);
  }

  @Test
  void helpListsTheCommandsAndTheirOptions() {
    assertThat(run("--help").out()).contains("plan ").contains("deploy ").contains("ps ").contains("down ").contains("ls ");
    assertThat(run("deploy", "--help").out()).contains("--wait").contains("--timeout").contains("--remove-orphans")
        .contains("--pull").contains("--force-recreate").contains("--host").contains("--output").contains("--profile");
    assertThat(run("plan", "--help").out()).doesNotContain("--wait ");
    assertThat(run("ps", "--help").out()).contains("-p, --project-name");
    assertThat(run("down", "--help").out()).contains("-v, --volumes");
    assertThat(run("ls", "-h").status()).isZero();
  }

  @Test
  void badCommandLinesAreBadInput() {
    List<List<String>> cases = List.of(
        List.of("deploy", "--pull", "sometimes"),
        List.of("deploy", "--timeout", "soon"),
        List.of("deploy", "--parallel", "0"),
        List.of("deploy", "--wait=yes"),
        List.of("deploy", "--output", "xml"),
        List.of("deploy", "extra"),
        List.of("plan", "--wait"),
        List.of("plan", "--bogus"),
        List.of("ps", "-p", "Not A Name"),
        List.of("down", "-p"),
        List.of("down", "-t", "0s"),
        List.of("ls", "-f", "compose.yaml"));
    for (List<String> args : cases) {
      CliResult result = run(args.toArray(String[]::new));
      assertThat(result.status()).as("%s: %s", args, result.err()).isEqualTo(2);
      assertThat(result.err()).as("%s", args).startsWith("phoenix: ").doesNotContain("\tat ");
      assertThat(result.out()).as("%s", args).isEmpty();
    }
  }

  @Test
  void aBadComposeFileIsBadInputWithItsPositionBeforeAnyEngineIsContacted() throws IOException {
    Path file = Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: x\n    ports: 80\n");

    for (String command : List.of("plan", "deploy", "down")) {
      // The closed port would give exit 3 if the engine were contacted before the file was read.
      CliResult result = run(command, "-f", file.toString(), "--host", "tcp://127.0.0.1:1");
      assertThat(result.status()).as(command).isEqualTo(2);
      assertThat(result.err()).as(command).startsWith(file + ":4:12: services.web.ports: ")
          .doesNotContain("Exception").doesNotContain("\tat ");
    }
  }
}
