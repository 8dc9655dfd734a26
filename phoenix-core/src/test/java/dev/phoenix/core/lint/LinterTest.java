package dev.phoenix.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

  private Path write(String name, String yaml) throws IOException {
    Path stack = Files.createDirectories(dir.resolve(name));
    Files.writeString(stack.resolve("compose.yaml"), yaml);
    return stack;
  }
}
