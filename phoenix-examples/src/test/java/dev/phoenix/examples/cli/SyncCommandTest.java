package dev.phoenix.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code phoenix sync}'s command line, refused before any engine is contacted. */
class SyncCommandTest {
  @TempDir
  Path dir;

  private CliResult run(String... args) {
    return CliResult.run(Map.of("HOME", dir.toString()), args);
  }

  @Test
  void swarmTargetsAreNotSupportedYet() {
    for (String target : List.of("swarm", "swarm+context:prod")) {
      CliResult result = run("sync", dir.toString(), "--target", target);
      assertThat(result.status()).isEqualTo(2);
      assertThat(result.err()).contains("not supported yet").contains(target);
    }
  }

  @Test
  void anUnknownTargetOrAConflictingEngineIsBadInput() {
    assertThat(run("sync", dir.toString(), "--target", "k8s").err())
        .contains("--target must be docker, docker+context:NAME or portainer:https://HOST:9443?endpoint=N,"
            + " not \"k8s\"");
    CliResult conflict = run("sync", dir.toString(), "--target", "docker+context:prod", "--context", "other");
    assertThat(conflict.status()).isEqualTo(2);
    assertThat(conflict.err()).contains("leave out --host and --context");
    assertThat(run("sync", dir.toString(), "--target", "docker+context:").err()).contains("needs a context name");
  }

  @Test
  void theDirectoryIsRequiredAndMustExist() {
    assertThat(run("sync").err()).contains("sync needs the directory of stacks");
    CliResult missing = run("sync", dir.resolve("nowhere").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("is not a directory");
    assertThat(run("sync", dir.toString(), dir.toString()).err()).contains("one directory");
  }

  @Test
  void stagingOptionsAreCheckedBeforeAnyEngineIsContacted() {
    CliResult missing = run("sync", dir.toString(), "--staging", dir.resolve("nowhere").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err())
        .contains("--staging: The staging directory " + dir.resolve("nowhere") + " does not exist");
    CliResult relative = run("sync", dir.toString(), "--staging", dir.toString(), "--staging-reader-path", "srv");
    assertThat(relative.status()).isEqualTo(2);
    assertThat(relative.err())
        .contains("--staging-reader-path must be an absolute path, as the daemon sees it: \"srv\"");
    CliResult user = run("sync", dir.toString(), "--staging", dir.toString(), "--staging-reader-user", "nobody");
    assertThat(user.status()).isEqualTo(2);
    assertThat(user.err()).contains("--staging-reader-user must be UID, UID:GID or UID:GID,GID...");
    CliResult alone = run("sync", dir.toString(), "--staging-reader-user", "1000");
    assertThat(alone.status()).isEqualTo(2);
    assertThat(alone.err()).contains("need --staging DIR");
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
    CliResult help = run("sync", "--help");
    assertThat(help.status()).isEqualTo(0);
    assertThat(help.out()).contains("--prune").contains("--dry-run").contains("docker+context:NAME")
        .contains("--staging DIR").contains("--staging-reader-path").contains("--staging-reader-user")
        .contains("portainer:https://HOST:9443?endpoint=N").contains("--api-key-file FILE").contains("--ca FILE")
        .contains("--insecure").contains("--username NAME").contains("--prune removes only those it deployed");
  }
}
