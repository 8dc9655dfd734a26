package dev.phoenix.core.compose.serialize;

import static dev.phoenix.core.compose.internal.conformance.Fixtures.differences;
import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.core.compose.internal.conformance.Fixtures;
import dev.phoenix.core.compose.internal.model.ProjectBinder;
import dev.phoenix.core.compose.internal.model.TreeFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A tree with every key the model knows, and an {@code x-} key and an unknown key in every mapping,
 * survives binding and writing: as a tree, as YAML, and as JSON with compose-go's JSON rules.
 */
class RoundTripTest {
  private static Map<String, Object> tree() {
    return TreeFixtures.resourceTree("/compose/model/everything.yaml");
  }

  private static ComposeProject project() {
    return ProjectBinder.bind(tree(), null, List.of(), Map.of());
  }

  @Test
  void treeSurvives() {
    assertThat(differences(tree(), ComposeSerializer.toTree(project()))).isEmpty();
  }

  @Test
  void yamlSurvives() {
    String yaml = ComposeSerializer.toYaml(project(), false);

    assertThat(differences(tree(), TreeFixtures.yaml(yaml))).as(yaml).isEmpty();
    assertThat(differences(tree(), TreeFixtures.yamlCore(yaml))).as(yaml).isEmpty();
  }

  @Test
  void yamlOfReboundProjectIsTheSameText() {
    String yaml = ComposeSerializer.toYaml(project(), false);
    @SuppressWarnings("unchecked")
    Map<String, Object> reread = (Map<String, Object>) TreeFixtures.yaml(yaml);

    assertThat(ComposeSerializer.toYaml(ProjectBinder.bind(reread, null, List.of(), null), false)).isEqualTo(yaml);
  }

  @Test
  void boundProjectEqualsReboundProject() {
    ComposeProject project = project();

    assertThat(ProjectBinder.bind(ComposeSerializer.toTree(project), null, List.of(), null)).isEqualTo(project);
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonFollowsComposeGo() {
    Map<String, Object> json = (Map<String, Object>) Fixtures.json(ComposeSerializer.toJson(project(), false));

    Map<String, Object> app = (Map<String, Object>) ((Map<String, Object>) json.get("services")).get("app");
    Map<String, Object> db = (Map<String, Object>) ((Map<String, Object>) json.get("services")).get("db");
    Map<String, Object> networks = (Map<String, Object>) json.get("networks");
    assertThat(db).containsEntry("command", null).containsEntry("entrypoint", null);
    assertThat(app).containsEntry("command", List.of()).doesNotContainKey("x-app").containsKey("develop");
    assertThat((Map<String, Object>) networks.get("front")).containsEntry("ipam", Map.of());
    assertThat((Map<String, Object>) networks.get("back")).doesNotContainKey("x-net").containsKey("unknown_net");
    assertThat(json).containsKeys("x-top", "disabled", "models");
    assertThat(json.keySet()).containsExactly("configs", "disabled", "models", "name", "networks", "secrets",
        "services", "volumes", "x-top");
    Map<String, Object> blkio = (Map<String, Object>) app.get("blkio_config");
    assertThat((List<Object>) blkio.get("weight_device")).containsExactly(Map.of("Path", "/dev/sda", "Weight", 400,
        "unknown_w", 2));
    Map<String, Object> ulimits = (Map<String, Object>) app.get("ulimits");
    assertThat((Map<String, Object>) ulimits.get("nofile")).containsEntry("soft", 20000).doesNotContainKey("x-ul");
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonWritesEmptyDeployStructs() {
    ComposeProject project = ProjectBinder.bind(TreeFixtures.resourceTree("/compose/model/everything.yaml"), null,
        List.of(), null);
    var app = project.services().get("app");
    ComposeProject bare = project.toBuilder()
        .services(Map.of("app", app.toBuilder()
            .deploy(dev.phoenix.api.compose.DeploySpec.builder().replicas(2).build()).build()))
        .build();

    Map<String, Object> json = (Map<String, Object>) Fixtures.json(ComposeSerializer.toJson(bare, false));
    Map<String, Object> yaml = ComposeSerializer.toTree(bare);

    Map<String, Object> jsonDeploy = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) json
        .get("services")).get("app")).get("deploy");
    Map<String, Object> yamlDeploy = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) yaml
        .get("services")).get("app")).get("deploy");
    assertThat(jsonDeploy).isEqualTo(Map.of("replicas", 2, "resources", Map.of(), "placement", Map.of()));
    assertThat(yamlDeploy).isEqualTo(Map.of("replicas", 2L));
  }

  @Test
  void secretContentIsNeverWritten() {
    ComposeProject project = project();
    ComposeProject withContent = project.toBuilder()
        .secrets(Map.of("token", new dev.phoenix.api.compose.SecretSpec(null, null, "TOKEN", "s3cr3t", false,
            Map.of(), null, Map.of(), null, Map.of(), Map.of())))
        .build();

    assertThat(ComposeSerializer.toYaml(withContent, false)).doesNotContain("s3cr3t");
    assertThat(ComposeSerializer.toJson(withContent, false)).doesNotContain("s3cr3t");
    assertThat(withContent.secrets().get("token").toString()).doesNotContain("s3cr3t");
  }
}
