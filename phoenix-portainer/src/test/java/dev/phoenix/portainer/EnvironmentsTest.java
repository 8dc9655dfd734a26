package dev.phoenix.portainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.phoenix.portainer.testing.FakePortainer;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnvironmentsTest {
  private PortainerServer server;
  private PortainerClient client;
  private FakePortainer fake;

  @BeforeEach
  void start() {
    fake = new FakePortainer(PortainerVersion.parse("2.23.0"));
    for (int i = 1; i <= 5; i++) {
      fake.environment(i, "env" + i, i == 3 ? "swarm-3" : null);
    }
    server = PortainerServer.playing(fake);
    client = server.apiKeyClient();
  }

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  @Test
  void everyPageIsFollowed() {
    List<Environment> environments = client.environments().list(EnvironmentQuery.all().withPageSize(2));
    assertThat(environments).extracting(Environment::name).containsExactly("env1", "env2", "env3", "env4", "env5");
    assertThat(fake.requests()).extracting(RecordedRequest::getTarget).containsExactly(
        "/api/endpoints?start=1&limit=2", "/api/endpoints?start=3&limit=2", "/api/endpoints?start=5&limit=2");
    assertThat(environments.get(2).swarm()).isTrue();
    assertThat(environments.get(0).swarm()).isFalse();
    assertThat(environments.get(0).dockerVersion()).isEqualTo("20.10.24");
  }

  @Test
  void nameSearchAndTypeFilters() {
    assertThat(client.environments().byName("env4")).map(Environment::id).contains(4);
    assertThat(client.environments().byName("env9")).isEmpty();
    client.environments().list(EnvironmentQuery.all().withSearch("env").withTypes(List.of(1, 2, 4)));
    assertThat(fake.requests()).extracting(RecordedRequest::getTarget).containsExactly(
        "/api/endpoints?start=1&limit=100&name=env4", "/api/endpoints?start=1&limit=100&name=env9",
        "/api/endpoints?start=1&limit=100&search=env&types%5B%5D=1&types%5B%5D=2&types%5B%5D=4");
  }

  @Test
  void getAndSwarmId() {
    assertThat(client.environments().get(2).name()).isEqualTo("env2");
    assertThat(client.environments().swarmId(3)).isEqualTo("swarm-3");
    PortainerApiException notManager = catchThrowableOfType(PortainerApiException.class,
        () -> client.environments().swarmId(2));
    assertThat(notManager.status()).isEqualTo(503);
    assertThat(notManager.serverMessage()).startsWith("This node is not a swarm manager");
    PortainerApiException unknown = catchThrowableOfType(PortainerApiException.class,
        () -> client.environments().get(42));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.details()).isEqualTo("object not found inside the database");
    assertThat(fake.requests()).extracting(RecordedRequest::getTarget)
        .contains("/api/endpoints/3/docker/swarm", "/api/endpoints/2/docker/swarm");
  }
}
