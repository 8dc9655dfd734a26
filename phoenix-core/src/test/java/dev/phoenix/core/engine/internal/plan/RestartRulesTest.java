package dev.phoenix.core.engine.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.core.engine.internal.observe.ObservedContainer;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartRulesTest {
  @TempDir
  Path dir;

  @Test
  void theExitCodeIsReadFromTheStatusText() {
    assertThat(ObservedContainer.exitCodeOf("Exited (0) 5 seconds ago")).isEqualTo(OptionalInt.of(0));
    assertThat(ObservedContainer.exitCodeOf("Exited (137) About a minute ago")).isEqualTo(OptionalInt.of(137));
    assertThat(ObservedContainer.exitCodeOf("Up 3 seconds (healthy)")).isEmpty();
    assertThat(ObservedContainer.exitCodeOf("Exited (99999999999) now")).isEmpty();
    assertThat(ObservedContainer.exitCodeOf(null)).isEmpty();
  }

  @Test
  void restartAndDeployRestartPolicyDecideWhetherTheEngineRestarts() {
    assertThat(RestartRules.restarts(service(""))).isFalse();
    assertThat(RestartRules.restarts(service("restart: \"no\""))).isFalse();
    assertThat(RestartRules.restarts(service("restart: always"))).isTrue();
    assertThat(RestartRules.restarts(service("restart: unless-stopped"))).isTrue();
    assertThat(RestartRules.restarts(service("restart: on-failure:3"))).isTrue();
    assertThat(RestartRules.restarts(service("deploy: {restart_policy: {condition: any}}"))).isTrue();
    assertThat(RestartRules.restarts(service("deploy: {restart_policy: {condition: none}}"))).isFalse();
  }

  private ServiceSpec service(String line) {
    return Projects.load(dir, "name: r\nservices:\n  job:\n    image: busybox\n    " + line + "\n")
        .services().get("job");
  }
}
