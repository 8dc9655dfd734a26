package dev.phoenix.core.compose.serialize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.core.compose.internal.conformance.Fixtures;
import dev.phoenix.core.compose.internal.model.TreeFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docker compose config} writes every literal {@code $} as {@code $$} so that its output,
 * loaded again, interpolates to the same values; {@code --no-interpolate} output keeps them as they are.
 */
class DollarEscapeTest {
  private static final ComposeProject PROJECT = ComposeProject.builder("dollars")
      .services(Map.of("svc", ServiceSpec.builder("svc")
          .environment(Map.of("PRICE", "costs $5", "$KEY", "${literal}"))
          .command(List.of("sh", "-c", "echo $$HOME"))
          .build()))
      .extensions(Map.of("x-money", "$"))
      .build();

  @Test
  @SuppressWarnings("unchecked")
  void yamlEscapesEveryDollar() {
    Map<String, Object> tree = (Map<String, Object>) TreeFixtures.yaml(ComposeSerializer.toYaml(PROJECT, true));

    Map<String, Object> service = (Map<String, Object>) ((Map<String, Object>) tree.get("services")).get("svc");
    assertThat((Map<String, Object>) service.get("environment"))
        .containsEntry("PRICE", "costs $$5")
        .containsEntry("$$KEY", "$${literal}");
    assertThat((List<Object>) service.get("command")).containsExactly("sh", "-c", "echo $$$$HOME");
    assertThat(tree).containsEntry("x-money", "$$");
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonEscapesEveryDollar() {
    Map<String, Object> tree = (Map<String, Object>) Fixtures.json(ComposeSerializer.toJson(PROJECT, true));

    Map<String, Object> service = (Map<String, Object>) ((Map<String, Object>) tree.get("services")).get("svc");
    assertThat((Map<String, Object>) service.get("environment"))
        .containsEntry("PRICE", "costs $$5")
        .containsEntry("$$KEY", "$${literal}");
    assertThat(tree).containsEntry("x-money", "$$");
  }

  @Test
  void withoutEscapingDollarsStayAsTheyAre() {
    String yaml = ComposeSerializer.toYaml(PROJECT, false);
    String json = ComposeSerializer.toJson(PROJECT, false);

    assertThat(yaml).contains("PRICE: costs $5").contains("$KEY: ${literal}").contains("echo $$HOME")
        .doesNotContain("$$5");
    assertThat(json).contains("\"costs $5\"").contains("\"$KEY\": \"${literal}\"");
  }
}
