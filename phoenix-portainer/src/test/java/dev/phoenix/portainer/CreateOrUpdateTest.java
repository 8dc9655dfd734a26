package dev.phoenix.portainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.deploy.EngineUnreachableException;
import dev.phoenix.portainer.testing.FakePortainer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreateOrUpdateTest {
  private static final String COMPOSE = "services:\n  web:\n    image: nginx:1.27\n";
  private static final StackEnv ENV = StackEnv.empty().with("TAG", "1.4").with("DB_PASSWORD", "hunter2");

  private PortainerServer server;
  private PortainerClient client;
  private FakePortainer fake;

  private void start(String version) {
    fake = new FakePortainer(PortainerVersion.parse(version)).environment(1, "local", null)
        .environment(2, "swarm", "swarm-1");
    server = PortainerServer.playing(fake);
    client = server.apiKeyClient();
    client.version();
    fake.clearRequests();
  }

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  private long writes() {
    return fake.requests().stream().filter(r -> !r.getMethod().equals("GET")).count();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.18.4", "2.23.0"})
  void createsThenLeavesUnchangedThenUpdates(String version) {
    start(version);
    StackSyncResult created = client.stacks().createOrUpdate(1, "Shop", COMPOSE, ENV);
    assertThat(created.outcome()).isEqualTo(SyncOutcome.CREATED);
    assertThat(created.stack().name()).isEqualTo("shop");
    assertThat(fake.count("POST", "/api/stacks.*")).isEqualTo(1);

    fake.clearRequests();
    StackSyncResult unchanged = client.stacks().createOrUpdate(1, "shop", COMPOSE,
        StackEnv.empty().with("DB_PASSWORD", "hunter2").with("TAG", "1.4"));
    assertThat(unchanged.outcome()).isEqualTo(SyncOutcome.UNCHANGED);
    assertThat(unchanged.changed()).isFalse();
    assertThat(unchanged.stack().id()).isEqualTo(created.stack().id());
    assertThat(writes()).isZero();
    assertThat(fake.requests()).extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath())
        .containsExactly("GET /api/stacks", "GET /api/stacks/" + created.stack().id() + "/file");

    fake.clearRequests();
    StackSyncResult envChanged = client.stacks().createOrUpdate(1, "shop", COMPOSE, ENV.with("TAG", "1.5"));
    assertThat(envChanged.outcome()).isEqualTo(SyncOutcome.UPDATED);
    assertThat(envChanged.stack().env().get("TAG")).isEqualTo("1.5");
    assertThat(fake.count("PUT", "/api/stacks/\\d+")).isEqualTo(1);
    assertThat(fake.count("POST", ".*")).isZero();

    fake.clearRequests();
    StackSyncResult fileChanged = client.stacks().createOrUpdate(1, "shop", COMPOSE.replace("1.27", "1.28"),
        ENV.with("TAG", "1.5"));
    assertThat(fileChanged.outcome()).isEqualTo(SyncOutcome.UPDATED);
    assertThat(fake.stacks().get(created.stack().id()).file).contains("nginx:1.28");
    assertThat(fake.requests().get(fake.requests().size() - 1).getBody().utf8())
        .contains("\"Env\":[{\"name\":\"TAG\",\"value\":\"1.5\"},{\"name\":\"DB_PASSWORD\",\"value\":\"hunter2\"}]");
    assertThat(fake.stacks()).hasSize(1);
  }

  @Test
  void swarmStacksAreFoundByTheirSwarm() {
    start("2.23.0");
    StackTarget swarm = StackTarget.swarm(2, "swarm-1");
    assertThat(client.stacks().createOrUpdate(swarm, "edge", COMPOSE, ENV, UpdateOptions.DEFAULT).outcome())
        .isEqualTo(SyncOutcome.CREATED);
    assertThat(client.stacks().createOrUpdate(swarm, "edge", COMPOSE, ENV, UpdateOptions.DEFAULT).outcome())
        .isEqualTo(SyncOutcome.UNCHANGED);
    assertThat(fake.count("GET", "/api/stacks")).isEqualTo(2);
    assertThat(fake.requests()).filteredOn(r -> r.getUrl().encodedPath().equals("/api/stacks"))
        .allSatisfy(r -> assertThat(r.getUrl().queryParameter("filters")).isEqualTo("{\"SwarmID\":\"swarm-1\"}"));
  }

  @Test
  void oneChangedStackOutOfAHundredIsExactlyOnePut() {
    start("2.23.0");
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < 100; i++) {
      String file = COMPOSE + "# stack " + i + "\n";
      files.put("stack" + i, file);
      fake.seedStack(1, "stack" + i, file, Map.of("TAG", "1.4", "DB_PASSWORD", "hunter2"));
    }
    files.put("stack42", COMPOSE + "# stack 42, changed\n");
    files.forEach((name, file) -> client.stacks().createOrUpdate(1, name, file, ENV));
    assertThat(fake.count("PUT", ".*")).isEqualTo(1);
    assertThat(fake.count("POST", ".*")).isZero();
    assertThat(fake.count("PUT", "/api/stacks/43")).isEqualTo(1);
  }

  @Test
  void aConflictOnCreateIsExplainedAndNeverTurnedIntoAnUpdate() {
    start("2.23.0");
    fake.strayContainer(1, "shop", "shop-web-1");
    StackConflictException e = catchThrowableOfType(StackConflictException.class,
        () -> client.stacks().createOrUpdate(1, "shop", COMPOSE, ENV));
    assertThat(e.status()).isEqualTo(409);
    assertThat(e.stackName()).isEqualTo("shop");
    assertThat(e.endpointId()).isEqualTo(1);
    assertThat(e.containers()).containsExactly("shop-web-1");
    assertThat(e.serverMessage()).isEqualTo("A stack with the normalized name 'shop' already exists");
    assertThat(e.getMessage()).contains("HTTP 409", "com.docker.compose.project=shop", "shop-web-1",
        "docker compose -p shop down").doesNotContain("hunter2");
    assertThat(e.existingStackId()).isEmpty();
    assertThat(e).isInstanceOf(PortainerApiException.class).isInstanceOf(PhoenixException.class);
    assertThat(fake.count("PUT", ".*")).isZero();
    assertThat(fake.count("POST", ".*")).isEqualTo(1);
  }

  @Test
  void aConflictWithAPortainerStackNamesIt() {
    start("2.23.0");
    int id = fake.seedStack(1, "shop", COMPOSE, Map.of()).id;
    StackConflictException e = catchThrowableOfType(StackConflictException.class,
        () -> client.stacks().create(StackTarget.compose(1), "Shop", COMPOSE, ENV));
    assertThat(e.existingStackId()).contains(id);
    assertThat(e.containers()).isEmpty();
    assertThat(e.getMessage()).contains("Portainer already has a stack 'shop' (ID " + id + ")");
  }

  @Test
  void aGitStackIsNotDetachedByAFileUpdate() {
    start("2.23.0");
    client.stacks().createFromRepository(StackTarget.compose(1), "shop", GitSource.of("https://git.example.com/shop"),
        ENV);
    PhoenixException e = catchThrowableOfType(PhoenixException.class,
        () -> client.stacks().createOrUpdate(1, "shop", COMPOSE, ENV));
    assertThat(e.getMessage()).contains("deployed from git", "https://git.example.com/shop");
    assertThat(fake.count("PUT", ".*")).isZero();
  }

  @Test
  void aFailedDeployIsA500WithComposeOutput() {
    start("2.23.0");
    fake.failNextDeploy("Error response from daemon: pull access denied for nope");
    PortainerApiException e = catchThrowableOfType(PortainerApiException.class,
        () -> client.stacks().createOrUpdate(1, "shop", COMPOSE, ENV));
    assertThat(e).isNotInstanceOf(StackConflictException.class);
    assertThat(e.status()).isEqualTo(500);
    assertThat(e.details()).contains("pull access denied for nope");
    assertThat(fake.stacks()).isEmpty();
  }

  @Test
  void aTimedOutCreateIsReadBackNotSentAgain() {
    start("2.23.0");
    fake.deployDelay(1500);
    try (PortainerClient impatient = server.client().apiKey(PortainerServer.API_KEY)
        .deployTimeout(Duration.ofMillis(300)).build()) {
      StackSyncResult result = impatient.stacks().createOrUpdate(1, "shop", COMPOSE, ENV);
      assertThat(result.outcome()).isEqualTo(SyncOutcome.CREATED);
      assertThat(result.stack().name()).isEqualTo("shop");
    }
    assertThat(fake.count("POST", ".*")).isEqualTo(1);
    assertThat(fake.requests()).extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath()).containsSubsequence(
        "GET /api/stacks", "POST /api/stacks/create/standalone/string", "GET /api/stacks");
  }

  @Test
  void aTimedOutCreateThatLeftNothingSaysSo() {
    start("2.23.0");
    fake.deployDelay(1500).failNextDeploy("still pulling");
    try (PortainerClient impatient = server.client().apiKey(PortainerServer.API_KEY)
        .deployTimeout(Duration.ofMillis(300)).build()) {
      EngineUnreachableException e = catchThrowableOfType(EngineUnreachableException.class,
          () -> impatient.stacks().createOrUpdate(1, "shop", COMPOSE, ENV));
      assertThat(e.getMessage()).contains("did not answer", "no stack 'shop' exists yet", "read the stack again");
    }
    assertThat(fake.count("POST", ".*")).isEqualTo(1);
  }

  @Test
  void aTimedOutUpdateIsReadBackAndSaysWhatTheStackHolds() {
    start("2.23.0");
    int id = fake.seedStack(1, "shop", COMPOSE, Map.of()).id;
    fake.deployDelay(1500);
    try (PortainerClient impatient = server.client().apiKey(PortainerServer.API_KEY)
        .deployTimeout(Duration.ofMillis(300)).build()) {
      EngineUnreachableException deploying = catchThrowableOfType(EngineUnreachableException.class,
          () -> impatient.stacks().createOrUpdate(1, "shop", COMPOSE + "# v2\n", ENV));
      assertThat(deploying.getMessage()).contains("did not answer PUT /api/stacks/" + id,
          "already holds the new file", "read its containers");

      fake.failNextDeploy("pull access denied");
      EngineUnreachableException queued = catchThrowableOfType(EngineUnreachableException.class,
          () -> impatient.stacks().update(1, id, COMPOSE + "# v3\n", ENV, UpdateOptions.DEFAULT));
      assertThat(queued.getMessage()).contains("still holds its earlier file", "read the stack again");
    }
    assertThat(fake.count("PUT", ".*")).isEqualTo(2);
  }
}
