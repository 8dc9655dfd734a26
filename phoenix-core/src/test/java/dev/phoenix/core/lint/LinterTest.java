package dev.phoenix.core.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point for stacks given by the caller, and the text form of findings. */
class LinterTest {

  @TempDir
  Path dir;

  @Test
  void aCleanStackHasNoFindings() throws IOException {
    Path stack = write("shop", "services:\n  web:\n    image: \"nginx:${TAG:-1}\"\n    ports: [\"8080:80\"]\n");
    assertThat(Linter.lint(List.of(new LintedStack("shop", stack, List.of(stack.resolve("compose.yaml")), null, true, true))))
        .isEmpty();
  }

  @Test
  void aDirectoryGivenAsARelativePathIsLinted() throws IOException {
    write("shop", "services:\n  web:\n    image: nginx\n");
    Path relative = Path.of("").toAbsolutePath().relativize(dir);
    assertThat(relative.isAbsolute()).isFalse();
    assertThat(Linter.lintDirectory(relative, LintOptions.defaults())).isEmpty();
  }

  @Test
  void theGivenEnvironmentResolvesVariables() throws IOException {
    Path stack = write("shop", "services:\n  web:\n    image: nginx:$TAG\n");
    LintedStack shop = new LintedStack("shop", stack, List.of(stack.resolve("compose.yaml")), null, false, false);

    assertThat(Linter.lint(List.of(shop), LintOptions.defaults().withEnvironment(Map.of("TAG", "1")))).isEmpty();
    List<LintFinding> findings = Linter.lint(List.of(shop));
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.rule()).isEqualTo("unresolved-variable");
      assertThat(finding.stack()).isEqualTo("shop");
      assertThat(finding.line()).isEqualTo(3);
      assertThat(finding.column()).isEqualTo(18);
    });
  }

  @Test
  void aFoldedPlainScalarPointsAtTheVariableOnItsOwnLine() throws IOException {
    Path stack = write("shop", "services:\n  web:\n    image: nginx\n    command: echo one\n      two $$X\n      three $$HOME $1\n");
    List<LintFinding> findings = Linter.lintDirectory(dir, LintOptions.defaults());
    assertThat(Linter.render(findings, dir))
        .isEqualTo("shop/compose.yaml:6:20: warning dollar-escape: $1 is kept as written by Compose but reads as shell"
            + " syntax: write $$1 for a literal $\n");
  }

  @Test
  void aStackThatDoesNotLoadDoesNotStopTheOthers() throws IOException {
    write("a", "services: [\n");
    write("b", "services:\n  web:\n    image: nginx\n    ports: [\"80:80\"]\n");
    write("c", "services:\n  web:\n    image: nginx\n    ports: [\"80:80\"]\n");
    List<LintFinding> findings = Linter.lintDirectory(dir, LintOptions.defaults());
    assertThat(findings).extracting(LintFinding::rule)
        .containsExactly("load-error", "duplicate-host-port", "duplicate-host-port");
    assertThat(findings.get(0).file()).isEqualTo(dir.resolve("a/compose.yaml"));
  }

  @Test
  void aServiceClaimsThePortsOfTheServiceItExtendsInItsOwnFile() throws IOException {
    // Both containers would publish 8080: reported once, at the one place that says so.
    write("shop", """
        services:
          base:
            image: nginx
            ports: ["8080:80"]
          web:
            extends: base
        """);
    assertThat(Linter.render(Linter.lintDirectory(dir, LintOptions.defaults()), dir)).isEqualTo(
        "shop/compose.yaml:4:13: error duplicate-host-port: host port 8080/tcp of service base is also used by"
            + " service web of stack shop (shop/compose.yaml:4)\n");
  }

  @Test
  void composeProfilesFromTheStacksEnvFileEnablesServicesAsForTheLoader() throws IOException {
    Path tools = write("tools",
        "services:\n  debug:\n    image: nginx\n    profiles: [debug]\n    ports: [\"8080:80\"]\n");
    write("site", "services:\n  web:\n    image: nginx\n    ports: [\"8080:80\"]\n");
    assertThat(Linter.lintDirectory(dir, LintOptions.defaults())).isEmpty();

    Files.writeString(tools.resolve(".env"), "COMPOSE_PROFILES=debug,other\n");
    assertThat(Linter.lintDirectory(dir, LintOptions.defaults())).extracting(LintFinding::rule, LintFinding::stack)
        .containsExactly(tuple("duplicate-host-port", "site"), tuple("duplicate-host-port", "tools"));
    // --profile replaces COMPOSE_PROFILES, as it does for docker compose.
    assertThat(Linter.lintDirectory(dir, LintOptions.defaults().withProfiles(Set.of("other")))).isEmpty();
    assertThat(Linter.lintDirectory(dir, LintOptions.defaults().withProfiles(Set.of("*")))).hasSize(2);
  }

  @Test
  void serviceRulesCheckIncludedAndExtendedFilesAtTheirOwnPlaces() throws IOException {
    Path shop = write("shop", """
        include:
          - db/compose.yaml
        services:
          web:
            extends: {file: base/web.yaml, service: web}
        """);
    Files.createDirectories(shop.resolve("db"));
    Files.writeString(shop.resolve("db/compose.yaml"), """
        services:
          db:
            image: postgres
            volumes: ["./data:/var/lib/postgresql/data"]
        """);
    Files.createDirectories(shop.resolve("base"));
    Files.writeString(shop.resolve("base/web.yaml"), """
        services:
          web:
            image: nginx
            privileged: true
            container_name: web
            scale: 2
        """);
    LintedStack stack = new LintedStack("shop", shop, List.of(Path.of("compose.yaml")), null, true, true);
    assertThat(Linter.render(Linter.lint(List.of(stack)), dir)).isEqualTo("""
        shop/base/web.yaml:4:5: warning swarm-ignored-key: service web: privileged is ignored by docker stack deploy
        shop/base/web.yaml:5:5: error container-name-replicas: service web sets container_name and asks for 2\
         replicas: container names are unique, so only one can run
        shop/base/web.yaml:5:5: warning swarm-ignored-key: service web: container_name is deprecated for Swarm:\
         tasks are named by the service
        shop/db/compose.yaml:4:15: error relative-bind-mount: service db bind-mounts ./data, a path relative to the\
         compose file, but the stack is deployed to a remote daemon, which resolves it on its own machine: use an\
         absolute path as the daemon sees it, or a volume
        """);
  }

  @Test
  void aRequiredVariableUnsetInAnIncludedFileIsReportedThere() throws IOException {
    Path shop = write("shop", "include:\n  - db.yaml\nservices:\n  web:\n    image: nginx\n");
    Files.writeString(shop.resolve("db.yaml"), "services:\n  db:\n    image: \"postgres:${DB_TAG:?}\"\n");
    assertThat(Linter.render(Linter.lintDirectory(dir, LintOptions.defaults()), dir)).isEqualTo(
        "shop/db.yaml:3:22: error unresolved-variable: required variable DB_TAG is not set (not in .env):"
            + " Compose refuses to load the stack\n");
  }

  @Test
  void theProjectNameIsSetForInterpolationAsTheLoaderSetsIt() throws IOException {
    write("shop", "services:\n  web:\n    image: nginx\n    container_name: ${COMPOSE_PROJECT_NAME}-web\n");
    assertThat(Linter.lintDirectory(dir, LintOptions.defaults())).isEmpty();
  }

  private Path write(String name, String yaml) throws IOException {
    Path stack = Files.createDirectories(dir.resolve(name));
    Files.writeString(stack.resolve("compose.yaml"), yaml);
    return stack;
  }
}
