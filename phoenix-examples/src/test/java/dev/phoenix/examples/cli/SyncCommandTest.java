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
  void swarmTargetsAreNotSupportedYet() {
    for (String target : List.of("swarm", "swarm+context:prod")) {
      String[] result = run("sync", dir.toString(), "--target", target);
      assertThat(result[0]).isEqualTo("2");
      assertThat(result[2]).contains("not supported yet").contains(target);
    }
  }

  @Test
  void anUnknownTargetOrAConflictingEngineIsBadInput() {
    assertThat(run("sync", dir.toString(), "--target", "k8s")[2])
        .contains("--target must be docker, docker+context:NAME or portainer:https://HOST:9443?endpoint=N,"
            + " not \"k8s\"");
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
  void stagingOptionsAreCheckedBeforeAnyEngineIsContacted() {
    String[] missing = run("sync", dir.toString(), "--staging", dir.resolve("nowhere").toString());
    assertThat(missing[0]).isEqualTo("2");
    assertThat(missing[2]).contains("--staging: The staging directory " + dir.resolve("nowhere") + " does not exist");
    String[] relative = run("sync", dir.toString(), "--staging", dir.toString(), "--staging-reader-path", "srv");
    assertThat(relative[0]).isEqualTo("2");
    assertThat(relative[2]).contains("--staging-reader-path must be an absolute path, as the daemon sees it: \"srv\"");
    String[] user = run("sync", dir.toString(), "--staging", dir.toString(), "--staging-reader-user", "nobody");
    assertThat(user[0]).isEqualTo("2");
    assertThat(user[2]).contains("--staging-reader-user must be UID, UID:GID or UID:GID,GID...");
    String[] alone = run("sync", dir.toString(), "--staging-reader-user", "1000");
    assertThat(alone[0]).isEqualTo("2");
    assertThat(alone[2]).contains("need --staging DIR");
  }

  @Test
  void aReaderIsAUidWithGroups() {
    assertThat(SyncCommand.readerIdentity("--staging-reader-user", "1000").gids()).containsExactly(1000);
    assertThat(SyncCommand.readerIdentity("--staging-reader-user", "65534:65534").uid()).isEqualTo(65534);
    assertThat(SyncCommand.readerIdentity("--staging-reader-user", "1000:100,999").gids())
        .containsExactlyInAnyOrder(100, 999);
  }

  @Test
  void helpListsTheOptions() {
    String[] help = run("sync", "--help");
    assertThat(help[0]).isEqualTo("0");
    assertThat(help[1]).contains("--prune").contains("--dry-run").contains("docker+context:NAME")
        .contains("--staging DIR").contains("--staging-reader-path").contains("--staging-reader-user")
        .contains("portainer:https://HOST:9443?endpoint=N").contains("--api-key-file FILE").contains("--ca FILE")
        .contains("--insecure").contains("--username NAME").contains("--prune removes only those it deployed");
  }
}
