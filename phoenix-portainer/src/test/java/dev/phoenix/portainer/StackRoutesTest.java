package dev.phoenix.portainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phoenix.portainer.testing.FakePortainer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The requests each stack call sends, on a server before 2.19, on 2.19.0 and on later ones. */
class StackRoutesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COMPOSE = "services:\n  web:\n    image: nginx:1.27\n";
  private static final String SWARM_ID = "jpofkc0i9uo9wtx1zesuk649w";

  private PortainerServer server;
  private PortainerClient client;
  private FakePortainer fake;

  private void start(String version) {
    fake = new FakePortainer(PortainerVersion.parse(version)).environment(1, "local", null)
        .environment(2, "swarm", SWARM_ID);
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

  private RecordedRequest last() {
    List<RecordedRequest> requests = fake.requests();
    return requests.get(requests.size() - 1);
  }

  private static JsonNode body(RecordedRequest request) throws IOException {
    return JSON.readTree(request.getBody().utf8());
  }

  private static boolean typedRoutes(String version) {
    return PortainerVersion.parse(version).hasTypedCreateRoutes();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.18.4", "2.19.0", "2.19.1", "2.23.0"})
  void createFromStringUsesTheRouteOfTheVersion(String version) throws IOException {
    start(version);
    PortainerStack stack = client.stacks().create(StackTarget.compose(1), "My Shop", COMPOSE,
        StackEnv.empty().with("TAG", "1.4").with("DB_PASSWORD", "hunter2"));
    assertThat(stack.name()).isEqualTo("myshop");
    assertThat(stack.type()).isEqualTo(StackType.COMPOSE);
    RecordedRequest request = last();
    assertThat(request.getMethod()).isEqualTo("POST");
    if (typedRoutes(version)) {
      assertThat(request.getTarget()).isEqualTo("/api/stacks/create/standalone/string?endpointId=1");
    } else {
      assertThat(request.getTarget()).isEqualTo("/api/stacks?type=2&method=string&endpointId=1");
    }
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(body(request).toString()).isEqualTo("{\"Name\":\"myshop\",\"StackFileContent\":"
        + JSON.writeValueAsString(COMPOSE) + ",\"Env\":[{\"name\":\"TAG\",\"value\":\"1.4\"},"
        + "{\"name\":\"DB_PASSWORD\",\"value\":\"hunter2\"}]}");
    assertThat(fake.stacks().get(stack.id()).file).isEqualTo(COMPOSE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.18.4", "2.23.0"})
  void swarmStacksSendTheSwarmId(String version) throws IOException {
    start(version);
    String swarmId = client.environments().swarmId(2);
    assertThat(swarmId).isEqualTo(SWARM_ID);
    PortainerStack stack = client.stacks().create(StackTarget.swarm(2, swarmId), "edge", COMPOSE, StackEnv.empty());
    assertThat(stack.type()).isEqualTo(StackType.SWARM);
    assertThat(stack.swarmId()).isEqualTo(SWARM_ID);
    RecordedRequest request = last();
    assertThat(request.getTarget()).isEqualTo(typedRoutes(version)
        ? "/api/stacks/create/swarm/string?endpointId=2" : "/api/stacks?type=1&method=string&endpointId=2");
    assertThat(body(request).get("SwarmID").asText()).isEqualTo(SWARM_ID);
    assertThat(body(request).get("Env").isArray()).isTrue();

    assertThat(client.stacks().list(StackTarget.swarm(2, SWARM_ID))).extracting(PortainerStack::name)
        .containsExactly("edge");
    assertThat(last().getUrl().queryParameter("filters")).isEqualTo("{\"SwarmID\":\"" + SWARM_ID + "\"}");
    assertThat(client.stacks().list(StackTarget.compose(2))).isEmpty();
    assertThat(last().getUrl().queryParameter("filters")).isEqualTo("{\"EndpointID\":2}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.18.4", "2.23.0"})
  void createFromFileSendsTheCaseSensitiveMultipartNames(String version) throws IOException {
    start(version);
    PortainerStack stack = client.stacks().createFromFile(StackTarget.swarm(2, SWARM_ID), "files", COMPOSE,
        StackEnv.empty().with("TAG", "2"));
    assertThat(stack.name()).isEqualTo("files");
    RecordedRequest request = last();
    assertThat(request.getTarget()).isEqualTo(typedRoutes(version)
        ? "/api/stacks/create/swarm/file?endpointId=2" : "/api/stacks?type=1&method=file&endpointId=2");
    MediaType type = MediaType.get(request.getHeaders().get("Content-Type"));
    assertThat(type.type() + "/" + type.subtype()).isEqualTo("multipart/form-data");
    Map<String, String> parts = new LinkedHashMap<>();
    Map<String, String> dispositions = new LinkedHashMap<>();
    try (MultipartReader reader = new MultipartReader(new Buffer().write(request.getBody()),
        type.parameter("boundary"))) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String disposition = part.headers().get("Content-Disposition");
        String name = disposition.replaceAll(".*; name=\"([^\"]*)\".*", "$1");
        parts.put(name, part.body().readUtf8());
        dispositions.put(name, disposition);
      }
    }
    assertThat(parts).containsOnlyKeys("Name", "SwarmID", "Env", "file");
    assertThat(parts.get("Name")).isEqualTo("files");
    assertThat(parts.get("SwarmID")).isEqualTo(SWARM_ID);
    assertThat(parts.get("Env")).isEqualTo("[{\"name\":\"TAG\",\"value\":\"2\"}]");
    assertThat(parts.get("file")).isEqualTo(COMPOSE);
    assertThat(dispositions.get("file")).contains("filename=\"docker-compose.yml\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.18.4", "2.23.0"})
  void createFromRepository(String version) throws IOException {
    start(version);
    String webhook = "0f5b2b0e-4c4e-4a55-9a0a-2b1f3c1e9d10";
    GitSource source = GitSource.of("https://git.example.com/ops/shop").withReference("refs/heads/main")
        .withComposeFile("deploy/compose.yaml").withCredentials("deploy", "t0ken")
        .withAutoUpdate(AutoUpdate.webhook(webhook));
    PortainerStack stack = client.stacks().createFromRepository(StackTarget.compose(1), "shop", source,
        StackEnv.empty().with("TAG", "1"));
    assertThat(stack.isGitBased()).isTrue();
    assertThat(stack.autoUpdate().webhook()).isEqualTo(webhook);
    RecordedRequest request = last();
    assertThat(request.getTarget()).isEqualTo(typedRoutes(version)
        ? "/api/stacks/create/standalone/repository?endpointId=1"
        : "/api/stacks?type=2&method=repository&endpointId=1");
    JsonNode body = body(request);
    assertThat(body.get("Name").asText()).isEqualTo("shop");
    assertThat(body.get("RepositoryURL").asText()).isEqualTo("https://git.example.com/ops/shop");
    assertThat(body.get("RepositoryReferenceName").asText()).isEqualTo("refs/heads/main");
    assertThat(body.get("ComposeFile").asText()).isEqualTo("deploy/compose.yaml");
    assertThat(body.get("RepositoryAuthentication").asBoolean()).isTrue();
    assertThat(body.get("RepositoryUsername").asText()).isEqualTo("deploy");
    assertThat(body.get("RepositoryPassword").asText()).isEqualTo("t0ken");
    assertThat(body.get("AutoUpdate").get("Webhook").asText()).isEqualTo(webhook);
    assertThat(body.get("Env").get(0).get("name").asText()).isEqualTo("TAG");

    client.stacks().triggerWebhook(webhook);
    RecordedRequest hook = last();
    assertThat(hook.getMethod() + " " + hook.getTarget()).isEqualTo("POST /api/stacks/webhooks/" + webhook);
    assertThat(hook.getHeaders().get("X-API-Key")).as("webhooks are public").isNull();
    assertThat(client.stacks().webhookUrl(webhook).toString())
        .isEqualTo(server.server.url("/api/stacks/webhooks/" + webhook).toString());

    client.stacks().redeployFromGit(1, stack.id(), GitRedeploy.of("refs/heads/release", StackEnv.empty())
        .withOptions(UpdateOptions.DEFAULT.withPullImage()));
    RecordedRequest redeploy = last();
    assertThat(redeploy.getMethod() + " " + redeploy.getTarget())
        .isEqualTo("PUT /api/stacks/" + stack.id() + "/git/redeploy?endpointId=1");
    JsonNode redeployBody = body(redeploy);
    assertThat(redeployBody.get("RepositoryReferenceName").asText()).isEqualTo("refs/heads/release");
    assertThat(redeployBody.get("Env").isArray()).as("Env is always sent").isTrue();
    assertThat(redeployBody.get("PullImage").asBoolean()).isTrue();
    assertThat(redeployBody.has("RepositoryPassword")).isFalse();
    assertThat(fake.stacks().get(stack.id()).gitReference).isEqualTo("refs/heads/release");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.18.4", "2.23.0"})
  void updateAndLifecycleAlwaysSendEndpointIdAndEnv(String version) throws IOException {
    start(version);
    int id = fake.seedStack(1, "web", COMPOSE, Map.of("TAG", "1")).id;
    PortainerStack updated = client.stacks().update(1, id, COMPOSE + "# v2\n", StackEnv.empty(),
        UpdateOptions.DEFAULT.withPullImage().withPrune());
    assertThat(updated.env()).isEqualTo(StackEnv.empty());
    RecordedRequest put = last();
    assertThat(put.getMethod() + " " + put.getTarget()).isEqualTo("PUT /api/stacks/" + id + "?endpointId=1");
    assertThat(body(put).toString()).isEqualTo("{\"StackFileContent\":" + JSON.writeValueAsString(COMPOSE + "# v2\n")
        + ",\"Env\":[],\"Prune\":true,\"PullImage\":true}");

    assertThat(client.stacks().stop(1, id).isActive()).isFalse();
    PortainerApiException e = catchThrowableOfType(PortainerApiException.class, () -> client.stacks().stop(1, id));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.serverMessage()).isEqualTo("Stack is already inactive");
    assertThat(client.stacks().start(1, id).isActive()).isTrue();
    client.stacks().delete(1, id);
    client.stacks().deleteExternal(2, "legacy");
    assertThat(fake.stacks()).isEmpty();

    List<String> writes = fake.requests().stream().filter(r -> !r.getMethod().equals("GET"))
        .map(r -> r.getMethod() + " " + r.getTarget()).toList();
    assertThat(writes).containsExactly(
        "PUT /api/stacks/" + id + "?endpointId=1",
        "POST /api/stacks/" + id + "/stop?endpointId=1",
        "POST /api/stacks/" + id + "/stop?endpointId=1",
        "POST /api/stacks/" + id + "/start?endpointId=1",
        "DELETE /api/stacks/" + id + "?endpointId=1",
        "DELETE /api/stacks/legacy?endpointId=2&external=true");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.18.4", "2.23.0"})
  void readsFindGetAndFile(String version) {
    start(version);
    int id = fake.seedStack(1, "web", COMPOSE, Map.of("TAG", "1")).id;
    fake.seedStack(1, "db", COMPOSE, Map.of());
    assertThat(client.stacks().find(StackTarget.compose(1), "Web")).map(PortainerStack::id).contains(id);
    assertThat(client.stacks().find(StackTarget.compose(1), "api")).isEmpty();
    assertThat(client.stacks().get(id).env().get("TAG")).isEqualTo("1");
    assertThat(client.stacks().file(id)).isEqualTo(COMPOSE);
    assertThat(fake.requests()).extracting(RecordedRequest::getTarget).containsExactly(
        "/api/stacks?filters=%7B%22EndpointID%22%3A1%7D", "/api/stacks?filters=%7B%22EndpointID%22%3A1%7D",
        "/api/stacks/" + id, "/api/stacks/" + id + "/file");
    PortainerApiException e = catchThrowableOfType(PortainerApiException.class, () -> client.stacks().get(99));
    assertThat(e.status()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.18.4", "2.23.0"})
  void containersComeFromTheDockerProxyByProjectLabel(String version) {
    start(version);
    fake.seedStack(1, "web", COMPOSE, Map.of());
    List<StackContainer> containers = client.stacks().containers(1, "web", StackType.COMPOSE);
    assertThat(containers).containsExactly(new StackContainer(containers.get(0).id(), "web-app-1", "web", "app", "running",
        "Up 2 minutes (healthy)", "healthy"));
    assertThat(containers.get(0).isUp()).isTrue();
    RecordedRequest request = last();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/endpoints/1/docker/containers/json");
    assertThat(request.getUrl().queryParameter("all")).isEqualTo("1");
    assertThat(request.getUrl().queryParameter("filters"))
        .isEqualTo("{\"label\":[\"com.docker.compose.project=web\"]}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.18.4", "2.23.0"})
  void withoutEndpointIdTheServerAnswers400Or404SoTheClientAlwaysSendsIt(String version) throws IOException {
    start(version);
    int id = fake.seedStack(1, "web", COMPOSE, Map.of()).id;
    // What a client that forgets endpointId gets: 400 from 2.19 on, a misleading 404 before.
    okhttp3.OkHttpClient raw = new okhttp3.OkHttpClient();
    try (okhttp3.Response response = raw.newCall(new okhttp3.Request.Builder()
        .url(server.server.url("/api/stacks/" + id)).header("X-API-Key", PortainerServer.API_KEY)
        .put(okhttp3.RequestBody.create("{\"StackFileContent\":\"x\"}", MediaType.get("application/json")))
        .build()).execute()) {
      assertThat(response.code()).isEqualTo(typedRoutes(version) ? 400 : 404);
    } finally {
      raw.dispatcher().executorService().shutdown();
    }
    fake.clearRequests();
    client.stacks().update(1, id, COMPOSE, StackEnv.empty(), UpdateOptions.DEFAULT);
    client.stacks().stop(1, id);
    client.stacks().start(1, id);
    client.stacks().delete(1, id);
    assertThat(fake.requests()).allSatisfy(r -> assertThat(r.getUrl().queryParameter("endpointId")).isEqualTo("1"));
  }
}
