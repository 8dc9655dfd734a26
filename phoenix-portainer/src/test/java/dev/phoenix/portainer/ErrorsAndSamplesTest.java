package dev.phoenix.portainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Error bodies in every shape, and the recorded sample bodies, against a queue of canned answers. */
class ErrorsAndSamplesTest {
  private final PortainerServer portainer = new PortainerServer();
  private final PortainerClient client = portainer.client().apiKey(PortainerServer.API_KEY)
      .version(PortainerVersion.parse("2.23.0")).build();

  @AfterEach
  void close() {
    client.close();
    portainer.close();
  }

  private void answer(int status, String contentType, String body) {
    portainer.server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", contentType)
        .body(body).build());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      message and details | {"message":"Invalid request payload","details":"Invalid stack name"} | Invalid request payload | Invalid stack name
      capital Details     | {"message":"Invalid request payload","Details":"Invalid stack name"} | Invalid request payload | Invalid stack name
      docker message only | {"message":"No such container: abc"}                                 | No such container: abc  | ''
      portainer 1.x err   | {"err":"Stack not found"}                                             | Stack not found         | ''
      unknown fields      | {"message":"m","details":"d","code":7,"extra":{"x":1}}                | m                       | d
      """)
  void jsonErrorBodiesInEveryShape(String shape, String body, String message, String details) {
    answer(400, "application/json", body);
    PortainerApiException e = catchThrowableOfType(PortainerApiException.class, () -> client.stacks().get(5));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.route()).isEqualTo("GET /api/stacks/5");
    assertThat(e.serverMessage()).isEqualTo(message);
    assertThat(e.details()).isEqualTo(details);
    assertThat(e.bodyExcerpt()).isEqualTo(body);
    assertThat(e.getMessage()).startsWith("Portainer: GET /api/stacks/5 -> HTTP 400: " + message);
  }

  @Test
  void csrfPlainText403() {
    answer(403, "text/plain; charset=utf-8", "Forbidden - CSRF token not found in request\n");
    PortainerApiException e = catchThrowableOfType(PortainerApiException.class, () -> client.stacks().get(1));
    assertThat(e.status()).isEqualTo(403);
    assertThat(e.serverMessage()).isEqualTo("Forbidden - CSRF token not found in request");
    assertThat(e.details()).isEmpty();
  }

  @Test
  void emptyAndHtmlBodies() {
    answer(502, "text/html", "<html><body>Bad gateway</body></html>");
    answer(502, "text/html", "<html><body>Bad gateway</body></html>");
    answer(502, "text/html", "<html><body>Bad gateway</body></html>");
    PortainerApiException e = catchThrowableOfType(PortainerApiException.class, () -> client.stacks().get(1));
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.serverMessage()).contains("Bad gateway");
    answer(404, "text/plain", "");
    e = catchThrowableOfType(PortainerApiException.class, () -> client.stacks().get(1));
    assertThat(e.getMessage()).isEqualTo("Portainer: GET /api/stacks/1 -> HTTP 404");
  }

  @Test
  void longBodiesAreCutInTheExcerpt() {
    String details = "x".repeat(1000);
    answer(500, "application/json", "{\"message\":\"Failed\",\"details\":\"" + details + "\"}");
    PortainerApiException e = catchThrowableOfType(PortainerApiException.class,
        () -> client.stacks().start(1, 2));
    assertThat(e.bodyExcerpt()).hasSize(303).endsWith("...");
    assertThat(e.details()).isEqualTo(details);
  }

  @Test
  void sampleErrorBodies() {
    answer(404, "application/json", PortainerServer.sample("error-404-stack-update-without-endpointId.json"));
    PortainerApiException e = catchThrowableOfType(PortainerApiException.class,
        () -> client.stacks().update(1, 3, "services: {}", StackEnv.empty(), UpdateOptions.DEFAULT));
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.route()).isEqualTo("PUT /api/stacks/3");
    assertThat(e.serverMessage()).isEqualTo("Unable to find the environment associated to the stack inside the database");
    assertThat(e.details()).isEqualTo("object not found inside the database");

    answer(500, "application/json", PortainerServer.sample("error-500-webhook-redeploy-failed.json"));
    e = catchThrowableOfType(PortainerApiException.class,
        () -> client.stacks().triggerWebhook("5b4a7a3e-2f2b-4a3c-9d11-5d0c2f9e2a10"));
    assertThat(e.status()).isEqualTo(500);
    assertThat(e.serverMessage()).isEqualTo("Failed to update the stack");
    assertThat(e.details()).contains("pull access denied for [a local image]");
  }

  @Test
  void sampleStackOf223() {
    answer(200, "application/json", PortainerServer.sample("stack-compose-fixture-2.23.json"));
    PortainerStack stack = client.stacks().get(5);
    assertThat(stack.id()).isEqualTo(5);
    assertThat(stack.name()).isEqualTo("redis");
    assertThat(stack.type()).isEqualTo(StackType.COMPOSE);
    assertThat(stack.endpointId()).isEqualTo(1);
    assertThat(stack.swarmId()).isEmpty();
    assertThat(stack.entryPoint()).isEqualTo("docker-compose.yml");
    assertThat(stack.env()).isEqualTo(StackEnv.empty());
    assertThat(stack.isActive()).isTrue();
    assertThat(stack.additionalFiles()).isEmpty();
    assertThat(stack.gitConfig()).isNull();
    assertThat(stack.autoUpdate()).isNull();
    assertThat(stack.target()).isEqualTo(StackTarget.compose(1));
  }

  @Test
  void sampleStackListOf220WithRemovedAndUnknownFields() {
    answer(200, "application/json", PortainerServer.sample("stack-list-docs-2.20.json"));
    List<PortainerStack> stacks = client.stacks().listAll();
    assertThat(stacks).hasSize(1);
    PortainerStack stack = stacks.get(0);
    assertThat(stack.type()).isEqualTo(StackType.KUBERNETES);
    assertThat(stack.endpointId()).isEqualTo(4);
    assertThat(stack.createdBy()).isEqualTo("admin");
    assertThat(stack.creationDate()).isEqualTo(1631852794L);
    assertThat(stack.isGitBased()).isTrue();
    assertThat(stack.gitConfig()).isEqualTo(new GitConfig("https://github.com/mygithubaccount/wordpress-stack",
        "refs/heads/master", "docker-compose.yml", "2e71920bf1ee1bbac976d320f8f274411fba3bad", false, null));
  }

  @Test
  void sampleEnvironmentOf223() {
    answer(200, "application/json", PortainerServer.sample("endpoint-local-fixture-2.23.json"));
    Environment environment = client.environments().get(1);
    assertThat(environment.id()).isEqualTo(1);
    assertThat(environment.name()).isEqualTo("local");
    assertThat(environment.type()).isEqualTo(1);
    assertThat(environment.isDocker()).isTrue();
    assertThat(environment.isUp()).isTrue();
    assertThat(environment.url()).isEqualTo("unix:///var/run/docker.sock");
    assertThat(environment.groupId()).isEqualTo(1);
    assertThat(environment.swarm()).isNull();
    assertThat(environment.edgeAsync()).isFalse();
  }

  @Test
  void stackEnvAndAutoUpdateAreRead() {
    answer(200, "application/json", """
        {"Id":7,"Name":"shop","Type":1,"EndpointId":2,"SwarmId":"jpofkc0i9uo9wtx1zesuk649w",
         "Env":[{"name":"TAG","value":"1.4"},{"name":"EMPTY","value":""}],
         "AutoUpdate":{"Interval":"5m","Webhook":"","JobID":"15","ForceUpdate":true,"ForcePullImage":false},
         "GitConfig":{"URL":"https://git.example.com/shop","ReferenceName":"refs/heads/main",
           "ConfigFilePath":"deploy/compose.yaml","ConfigHash":"abc","TLSSkipVerify":true,
           "Authentication":{"Username":"deploy","Password":"","GitCredentialID":0}},
         "Option":{"Prune":true},"Webhook":"be-only","SupportRelativePath":false,"Status":2}
        """);
    PortainerStack stack = client.stacks().get(7);
    assertThat(stack.type()).isEqualTo(StackType.SWARM);
    assertThat(stack.target()).isEqualTo(StackTarget.swarm(2, "jpofkc0i9uo9wtx1zesuk649w"));
    assertThat(stack.env().asMap()).containsExactly(java.util.Map.entry("TAG", "1.4"),
        java.util.Map.entry("EMPTY", ""));
    assertThat(stack.autoUpdate()).isEqualTo(new AutoUpdate("5m", null, true, false));
    assertThat(stack.gitConfig().username()).isEqualTo("deploy");
    assertThat(stack.gitConfig().tlsSkipVerify()).isTrue();
    assertThat(stack.isActive()).isFalse();
  }
}
