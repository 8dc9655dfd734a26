package dev.phoenix.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code phoenix sync}'s command line, refused before any engine is contacted. */
class SyncCommandTest {
  @TempDir
  Path dir;

  private String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Phoenix.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("HOME", dir.toString()));
    return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void targetsOtherThanTheEngineAreNotSupportedYet() {
    for (String target : List.of("swarm", "swarm+context:prod", "portainer:https://portainer:9443?endpoint=1")) {
      String[] result = run("sync", dir.toString(), "--target", target);
      assertThat(result[0]).isEqualTo("2");
      assertThat(result[2]).contains("not supported yet").contains(target);
    }
  }

  @Test
  void anUnknownTargetOrAConflictingEngineIsBadInput() {
    assertThat(run("sync", dir.toString(), "--target", "k8s")[2])
        .contains("--target must be docker or docker+context:NAME, not \"k8s\"");
    String[] conflict = run("sync", dir.toString(), "--target", "docker+context:prod", "--context", "other");
    assertThat(conflict[0]).isEqualTo("2");
    assertThat(conflict[2]).contains("leave out --host and --context");
    assertThat(run("sync", dir.toString(), "--target", "docker+context:")[2]).contains("needs a context name");
  }

  @Test
  void theDirectoryIsRequiredAndMustExist() {
    assertThat(run("sync")[2]).contains("sync needs the directory of stacks");
    String[] missing = run("sync", dir.resolve("nowhere").toString());
    assertThat(missing[0]).isEqualTo("2");
    assertThat(missing[2]).contains("is not a directory");
    assertThat(run("sync", dir.toString(), dir.toString())[2]).contains("one directory");
  }

  @Test
  void helpListsTheOptions() {
    String[] help = run("sync", "--help");
    assertThat(help[0]).isEqualTo("0");
    assertThat(help[1]).contains("--prune").contains("--dry-run").contains("docker+context:NAME");
  }
}
