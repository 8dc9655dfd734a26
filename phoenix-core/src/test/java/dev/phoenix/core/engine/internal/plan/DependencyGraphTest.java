package dev.phoenix.core.engine.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.DependsOn;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.api.deploy.DeploymentException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyGraphTest {
  @TempDir
  Path dir;

  /** a → b → a, built by hand: the loader would refuse it before a plan is made. */
  static ComposeProject cycle() {
    Map<String, ServiceSpec> services = new LinkedHashMap<>();
    services.put("a", service("a", "b"));
    services.put("b", service("b", "a"));
    services.put("c", service("c"));
    return ComposeProject.builder("loop").services(services).build();
  }

  private static ServiceSpec service(String name, String... dependencies) {
    Map<String, DependsOn> dependsOn = new LinkedHashMap<>();
    for (String dependency : dependencies) {
      dependsOn.put(dependency, DependsOn.of(DependsOn.Condition.SERVICE_STARTED));
    }
    return ServiceSpec.builder(name).image("busybox").dependsOn(dependsOn).build();
  }

  @Test
  void dependenciesComeFirstAndIndependentServicesKeepFileOrder() {
    ComposeProject project = Projects.load(dir, """
        name: shop
        services:
          web:
            image: nginx
            depends_on: [api, cache]
          worker:
            image: busybox
          api:
            image: api
            depends_on:
              db: {condition: service_healthy}
              migrate: {condition: service_completed_successfully}
          cache:
            image: redis
          migrate:
            image: api
            depends_on: [db]
          db:
            image: postgres
        """);

    DependencyGraph graph = DependencyGraph.of(project);

    assertThat(graph.order()).containsExactly("db", "migrate", "api", "cache", "web", "worker");
    assertThat(graph.reverseOrder()).containsExactly("worker", "web", "cache", "api", "migrate", "db");
    assertThat(graph.dependenciesOf("api")).containsExactly("db", "migrate");
    assertThat(graph.dependentsOf("db")).containsExactly("api", "migrate");
    assertThat(graph.dependentsOf("web")).isEmpty();
    assertThatThrownBy(() -> graph.dependenciesOf("nope")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCycleIsNamed() {
    assertThatThrownBy(() -> DependencyGraph.of(cycle()))
        .isInstanceOf(DeploymentException.class)
        .hasMessage("stack loop: dependency cycle detected: a -> b -> a");
  }

  @Test
  void aServiceThatDependsOnItselfIsACycle() {
    ComposeProject project = ComposeProject.builder("self").services(Map.of("a", service("a", "a"))).build();

    assertThatThrownBy(() -> DependencyGraph.of(project)).hasMessageContaining("dependency cycle detected: a -> a");
  }

  @Test
  void anOptionalDependencyOnADisabledServiceIsDroppedAndARequiredOneIsAnError() {
    ServiceSpec debug = ServiceSpec.builder("debug").image("busybox").profiles(java.util.List.of("debug")).build();
    ServiceSpec optional = ServiceSpec.builder("web").image("nginx").dependsOn(Map.of("debug",
        new DependsOn(DependsOn.Condition.SERVICE_STARTED, false, false, Map.of(), Map.of()))).build();
    ComposeProject lenient = ComposeProject.builder("shop").services(Map.of("web", optional))
        .disabledServices(Map.of("debug", debug)).build();
    ComposeProject strict = lenient.toBuilder().services(Map.of("web", service("web", "debug"))).build();
    ComposeProject undefined = lenient.toBuilder().services(Map.of("web", service("web", "ghost"))).build();

    assertThat(DependencyGraph.of(lenient).dependenciesOf("web")).isEmpty();
    assertThatThrownBy(() -> DependencyGraph.of(strict)).isInstanceOf(DeploymentException.class)
        .hasMessageContaining("service web depends on service debug, which is disabled by its profiles");
    assertThatThrownBy(() -> DependencyGraph.of(undefined))
        .hasMessageContaining("service web depends on service ghost, which is not defined");
  }
}
