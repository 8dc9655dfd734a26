package dev.phoenix.core.compose.serialize;

import static dev.phoenix.core.compose.internal.conformance.Fixtures.differences;
import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.core.compose.internal.model.ProjectBinder;
import dev.phoenix.core.compose.internal.model.TreeFixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * compose-go's full example: its canonical tree (expected.yaml) bound to the model and written
 * back must give compose-go's own YAML and JSON text (expected.yaml, expected.json), byte for byte.
 * Loading {@code full-example.yml} itself and comparing the result is a shared conformance case,
 * run by {@code ComposeConformanceTest}.
 */
class FullExampleTest {
  private static final Path WORKING_DIR = Path.of(TreeFixtures.WORKING_DIR);

  private static ComposeProject project() {
    return ProjectBinder.bind(TreeFixtures.fullExampleTree(), WORKING_DIR,
        List.of(WORKING_DIR.resolve("filename0.yml")), Map.of());
  }

  @Test
  void yamlTextIsComposeGosText() {
    String yaml = ComposeSerializer.toYaml(project(), true);

    assertThat(yaml).isEqualTo(TreeFixtures.fullExampleText("expected.yaml").strip() + "\n");
  }

  @Test
  void jsonTextIsComposeGosText() {
    String json = ComposeSerializer.toJson(project(), true);

    assertThat(json).isEqualTo(TreeFixtures.fullExampleText("expected.json").strip() + "\n");
  }

  @Test
  void treeOfBoundTreeIsTheTree() {
    Map<String, Object> tree = TreeFixtures.fullExampleTree();

    Map<String, Object> written = ComposeSerializer.toTree(ProjectBinder.bind(tree, WORKING_DIR, List.of(), null));

    assertThat(differences(tree, written)).isEmpty();
  }

  @Test
  void boundProjectHasTheTypedValues() {
    ComposeProject project = project();

    var foo = project.services().get("foo");
    assertThat(project.name()).isEqualTo("full_example_project_name");
    assertThat(project.workingDirectory()).isEqualTo(WORKING_DIR);
    assertThat(foo.healthcheck().interval()).hasSeconds(10);
    assertThat(foo.healthcheck().retries()).isEqualTo(5);
    assertThat(foo.deploy().updateConfig().monitor()).hasMinutes(1);
    assertThat(foo.deploy().resources().limits().memory()).isEqualTo(52_428_800L);
    assertThat(foo.secrets().get(1).mode()).isEqualTo(0440);
    assertThat(foo.resources().ulimits().get("nproc").single()).isEqualTo(65535L);
    assertThat(foo.resources().ulimits().get("nofile").effectiveHard()).isEqualTo(40000L);
    assertThat(foo.networks()).containsEntry("other-other-network", null);
    assertThat(foo.ports().get(10).hostIp()).isEqualTo("127.0.0.1");
    assertThat(foo.volumes().get(7).tmpfs().size()).isEqualTo(10000L);
    assertThat(foo.extensions()).containsOnlyKeys("x-bar", "x-foo");
    assertThat(foo.command()).containsExactly("bundle", "exec", "thin", "-p", "3000");
    assertThat(project.services().get("bar").command()).isNull();
    assertThat(project.extensions()).containsKeys("x-bar", "x-foo", "x-nested");
    assertThat(project.secrets().get("secret4").environment()).isEqualTo("BAR");
  }
}
