package dev.phoenix.core.compose.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeException;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.api.compose.DependsOn;
import dev.phoenix.api.compose.DeviceRequest;
import dev.phoenix.api.compose.ServiceMount;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Binding the canonical tree: typed values, defaults, and clear errors for every bad shape. */
class ProjectBinderTest {
  private static ComposeProject bind(Map<String, Object> tree) {
    return ProjectBinder.bind(tree, Path.of("/srv/project"), List.of(), Map.of());
  }

  private static Map<String, Object> service(Map<String, Object> service) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("name", "p");
    tree.put("services", new LinkedHashMap<>(Map.of("web", new LinkedHashMap<>(service))));
    return tree;
  }

  @Test
  void wrongTypeNamesThePath() {
    Map<String, Object> tree = service(Map.of("ports", List.of(Map.of("target", "eighty"))));

    ComposeValidationException error = catchThrowableOfType(ComposeValidationException.class, () -> bind(tree));

    assertThat(error.yamlPath()).contains("services.web.ports[0].target");
    assertThat(error.detail()).isEqualTo("must be an integer, found the string \"eighty\"");
  }

  @Test
  void errorCarriesTheSourceLocation() {
    YamlMap port = new YamlMap(new SourceLocation("compose.yaml", 7, 9));
    port.put("target", "eighty", new SourceLocation("compose.yaml", 7, 17));
    YamlList ports = new YamlList(new SourceLocation("compose.yaml", 6, 7));
    ports.add(port, new SourceLocation("compose.yaml", 7, 9));
    YamlMap web = new YamlMap(new SourceLocation("compose.yaml", 5, 5));
    web.put("ports", ports, new SourceLocation("compose.yaml", 6, 7));
    YamlMap services = new YamlMap(new SourceLocation("compose.yaml", 4, 3));
    services.put("web", web, new SourceLocation("compose.yaml", 5, 5));
    YamlMap root = new YamlMap(new SourceLocation("compose.yaml", 1, 1));
    root.put("name", "p");
    root.put("services", services, new SourceLocation("compose.yaml", 4, 3));

    assertThatThrownBy(() -> bind(root))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessage("compose.yaml:7:17: services.web.ports[0].target: must be an integer, found the string \"eighty\"");
  }

  @Test
  void recordRulesBecomeValidationErrors() {
    Map<String, Object> tree = service(Map.of("ports", List.of(Map.of("target", 70000))));

    assertThatThrownBy(() -> bind(tree))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessageContaining("services.web.ports[0]: port target must be between 0 and 65535");
  }

  @Test
  void unknownEnumValuesAreErrors() {
    assertThatThrownBy(() -> bind(service(Map.of("volumes", List.of(Map.of("type", "nfs", "target", "/x"))))))
        .hasMessageContaining("services.web.volumes[0].type: must be bind, volume, tmpfs, npipe, cluster or image");
    assertThatThrownBy(() -> bind(service(Map.of("depends_on", Map.of("db", Map.of("condition", "ready"))))))
        .hasMessageContaining("services.web.depends_on.db.condition");
  }

  @Test
  void missingNameIsAnError() {
    assertThatThrownBy(() -> bind(new LinkedHashMap<>(Map.of("services", Map.of()))))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessageContaining("the project has no name");
  }

  @Test
  void defaultsOfCanonicalForm() {
    Map<String, Object> web = new LinkedHashMap<>();
    web.put("depends_on", Map.of("db", Map.of()));
    web.put("env_file", List.of(Map.of("path", "/a.env")));
    web.put("volumes", List.of(Map.of("type", "bind", "source", "/a", "target", "/b", "bind", Map.of())));
    web.put("gpus", List.of(Map.of("capabilities", List.of("gpu"), "count", "all")));
    Map<String, Object> environment = new LinkedHashMap<>(Map.of("A", 1L, "B", true));
    environment.put("C", null);
    web.put("environment", environment);

    var service = bind(service(web)).services().get("web");

    assertThat(service.dependsOn().get("db")).isEqualTo(DependsOn.of(DependsOn.Condition.SERVICE_STARTED));
    assertThat(service.envFiles().get(0).required()).isTrue();
    assertThat(service.volumes().get(0).type()).isEqualTo(ServiceMount.Type.BIND);
    assertThat(service.volumes().get(0).bind().createHostPath()).isTrue();
    assertThat(service.resources().gpus().get(0).count()).isEqualTo(DeviceRequest.ALL);
    assertThat(service.environment()).containsEntry("A", "1").containsEntry("B", "true").containsEntry("C", null);
    assertThat(service.command()).isNull();
    assertThat(service.resources().memLimit()).isNull();
  }

  @Test
  void nullResourcesAndServicesAreEmpty() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("name", "p");
    Map<String, Object> services = new LinkedHashMap<>();
    services.put("bare", null);
    tree.put("services", services);
    Map<String, Object> networks = new LinkedHashMap<>();
    networks.put("front", null);
    tree.put("networks", networks);

    ComposeProject project = bind(tree);

    assertThat(project.services().get("bare").image()).isNull();
    assertThat(project.networks().get("front").external()).isFalse();
  }

  @Test
  void disabledServicesAreBoundApart() {
    Map<String, Object> tree = TreeFixtures.fullExampleTree();
    Map<String, Object> disabled = Map.of("debug", Map.of("image", "busybox", "profiles", List.of("debug")));

    ComposeProject project = ProjectBinder.bind(tree, null, List.of(), disabled);

    assertThat(project.disabledServices().get("debug").profiles()).containsExactly("debug");
    assertThat(project.services()).doesNotContainKey("debug");
    assertThatThrownBy(() -> ProjectBinder.bind(tree, null, List.of(), Map.of("debug", Map.of("image", 5L))))
        .hasMessageContaining("services.debug.image: must be a string");
  }

  @Test
  void byteSizesAndDurationsInOtherForms() {
    var service = bind(service(Map.of("mem_limit", "512m", "shm_size", 1024L, "stop_grace_period", "90s")))
        .services().get("web");

    assertThat(service.resources().memLimit()).isEqualTo(512L << 20);
    assertThat(service.resources().shmSize()).isEqualTo(1024L);
    assertThat(service.stopGracePeriod()).hasSeconds(90);
  }

  /**
   * Every value of two rich trees replaced by every other shape: binding either succeeds or fails
   * with a {@link ComposeException}; never with a ClassCastException or NullPointerException.
   */
  @Test
  void noShapeEscapesAsAnUncheckedError() {
    List<Object> shapes = new ArrayList<>();
    shapes.add("text");
    shapes.add(7L);
    shapes.add(-1L);
    shapes.add(2.5);
    shapes.add(true);
    shapes.add(null);
    shapes.add(List.of("a", 1L));
    shapes.add(Map.of("k", "v"));
    shapes.add(Map.of("x-k", List.of()));
    shapes.add(new java.util.HashMap<>(Map.of(1, "non-string key")));
    int binds = 0;
    for (Map<String, Object> tree : List.of(TreeFixtures.fullExampleTree(),
        TreeFixtures.resourceTree("/compose/model/everything.yaml"))) {
      for (List<Object> path : paths(tree, new ArrayList<>(), new ArrayList<>())) {
        for (Object shape : shapes) {
          Map<String, Object> copy = mutate(tree, path, shape);
          try {
            ProjectBinder.bind(copy, null, List.of(), null);
          } catch (ComposeException expected) {
            assertThat(expected.getMessage()).isNotBlank();
          }
          binds++;
        }
      }
    }
    assertThat(binds).isGreaterThan(5000);
  }

  private static List<List<Object>> paths(Object node, List<Object> path, List<List<Object>> into) {
    if (!path.isEmpty()) {
      into.add(new ArrayList<>(path));
    }
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        path.add(entry.getKey());
        paths(entry.getValue(), path, into);
        path.remove(path.size() - 1);
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        path.add(i);
        paths(list.get(i), path, into);
        path.remove(path.size() - 1);
      }
    }
    return into;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mutate(Object node, List<Object> path, Object replacement) {
    return (Map<String, Object>) replace(node, path, 0, replacement);
  }

  private static Object replace(Object node, List<Object> path, int depth, Object replacement) {
    if (depth == path.size()) {
      return replacement;
    }
    Object step = path.get(depth);
    if (node instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>(map);
      copy.put(step, replace(map.get(step), path, depth + 1, replacement));
      return copy;
    }
    List<Object> copy = new ArrayList<>((List<?>) node);
    copy.set((Integer) step, replace(copy.get((Integer) step), path, depth + 1, replacement));
    return copy;
  }
}
