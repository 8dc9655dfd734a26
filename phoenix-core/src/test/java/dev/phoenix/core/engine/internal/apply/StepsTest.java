package dev.phoenix.core.engine.internal.apply;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import org.junit.jupiter.api.Test;

class StepsTest {

  @Test
  void anEngineRefusalIsQuotedInTheEnginesOwnWordsWithItsStatus() {
    DockerException refused = new ConflictException(
        "{\"message\":\"Conflict. The container name \\\"/shop-web-1\\\" is already in use\"}\n");

    assertThat(Steps.engineMessage(refused))
        .isEqualTo("Conflict. The container name \"/shop-web-1\" is already in use (HTTP 409)");
  }

  @Test
  void aRefusalWithoutAJsonBodyIsQuotedWhole() {
    assertThat(Steps.engineMessage(new DockerException("page not found", 404)))
        .isEqualTo("Status 404: page not found (HTTP 404)");
  }
}
