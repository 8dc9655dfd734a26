package dev.phoenix.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.ContainerStatus;
import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.api.deploy.DeploymentResult;
import dev.phoenix.api.deploy.FieldChange;
import dev.phoenix.api.deploy.Plan;
import dev.phoenix.api.deploy.PlannedChange;
import dev.phoenix.api.deploy.RemovalResult;
import dev.phoenix.api.deploy.ResourceKind;
import dev.phoenix.api.deploy.ServiceFailedException;
import dev.phoenix.api.deploy.StackStatus;
import dev.phoenix.api.deploy.StackSummary;
import dev.phoenix.api.deploy.UnsupportedKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CLI's text and JSON rendering of plans, events, results and status, from values built by hand. */
class StackOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant TIME = Instant.parse("2025-01-02T03:04:05Z");

  private static Plan plan() {
    return new Plan("shop", "docker engine unix:///var/run/docker.sock",
        List.of(
            new PlannedChange(ResourceKind.NETWORK, "shop_default", null, Action.KEEP, null, List.of()),
            new PlannedChange(ResourceKind.VOLUME, "shop_data", null, Action.CREATE, "missing", List.of()),
            new PlannedChange(ResourceKind.CONTAINER, "shop-web-1", "web", Action.RECREATE, "configuration changed",
                List.of(FieldChange.of("image", "nginx:1.26", "nginx:1.27"), FieldChange.redacted("environment.TOKEN"))),
            new PlannedChange(ResourceKind.CONTAINER, "shop-api-1", "api", Action.CREATE, "missing", List.of()),
            new PlannedChange(ResourceKind.CONTAINER, "shop-db-1", "db", Action.KEEP, null, List.of())),
        List.of("shop-old-1"),
        List.of(new UnsupportedKey("web", "develop", "watch mode is not a deployment")),
        List.of("network shop_default has no project label"));
  }

  private static Plan noopPlan() {
    return new Plan("shop", "docker engine",
        List.of(new PlannedChange(ResourceKind.CONTAINER, "shop-web-1", "web", Action.KEEP, null, List.of())),
        List.of(), List.of(), List.of());
  }

  private static StackStatus status() {
    return new StackStatus("shop", List.of(
        new ContainerStatus("shop-web-1", "abc123", "web", 1, "nginx:1.27", "running", "healthy", null,
            "Up 5 seconds (healthy)", List.of("127.0.0.1:8080->80/tcp")),
        new ContainerStatus("shop-migrate-1", "def456", "migrate", 1, "busybox", "exited", null, 0,
            "Exited (0) 3 seconds ago", List.of())),
        List.of("shop_default"), List.of("shop_data"));
  }

  private static DeploymentEvent event(DeploymentEvent.Type type, ResourceKind kind, String name, String message) {
    return new DeploymentEvent(type, "shop", kind, name, name == null ? null : "web", message, TIME);
  }

  @Test
  void planTextShowsEachStepTheChangedFieldsOrphansUnsupportedKeysAndWarnings() {
    String text = TextOutput.plan(plan());

    assertThat(text).startsWith("plan for stack shop on docker engine unix:///var/run/docker.sock\n");
    assertThat(text.lines()).anySatisfy(line -> assertThat(line)
        .matches("recreate +container +shop-web-1 +web +configuration changed"));
    assertThat(text).contains("    image: nginx:1.26 -> nginx:1.27\n")
        .contains("    environment.TOKEN changed (value hidden)\n")
        .contains("orphans (services no longer in the file; --remove-orphans removes them):\n  shop-old-1\n")
        .contains("  service web: develop (watch mode is not a deployment)\n")
        .contains("warnings:\n  network shop_default has no project label\n")
        .endsWith("2 to create, 1 to recreate, 2 kept\n");
    assertThat(TextOutput.plan(noopPlan())).endsWith("up to date: nothing to do\n");
  }

  @Test
  void planJsonCarriesEveryPartAndHidesRedactedValues() throws IOException {
    JsonNode plan = JSON.readTree(JsonOutput.plan(plan()));

    assertThat(plan.get("stack").asText()).isEqualTo("shop");
    assertThat(plan.get("noop").asBoolean()).isFalse();
    assertThat(plan.get("changes")).hasSize(5);
    JsonNode web = plan.get("changes").get(2);
    assertThat(web.get("action").asText()).isEqualTo("recreate");
    assertThat(web.get("kind").asText()).isEqualTo("container");
    assertThat(web.get("fields").get(0).get("after").asText()).isEqualTo("nginx:1.27");
    assertThat(web.get("fields").get(1).get("redacted").asBoolean()).isTrue();
    assertThat(web.get("fields").get(1).get("after").isNull()).isTrue();
    assertThat(plan.get("orphans").get(0).asText()).isEqualTo("shop-old-1");
    assertThat(plan.get("unsupported").get(0).get("key").asText()).isEqualTo("develop");
    assertThat(plan.get("warnings")).hasSize(1);
    assertThat(plan.get("summary").get("create").asInt()).isEqualTo(1);
    assertThat(plan.get("summary").get("keep").asInt()).isEqualTo(1);
  }

  @Test
  void progressShowsOneLinePerStepAndHidesConfirmationsAndRepeats() {
    ProgressPrinter printer = new ProgressPrinter(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(printer.line(event(DeploymentEvent.Type.CREATING, ResourceKind.CONTAINER, "shop-web-1", null)))
        .isEqualTo("creating  container shop-web-1");
    assertThat(printer.line(event(DeploymentEvent.Type.HEALTHY, ResourceKind.CONTAINER, "shop-web-1", null)))
        .isEqualTo("healthy   container shop-web-1");
    assertThat(printer.line(event(DeploymentEvent.Type.CREATED, ResourceKind.CONTAINER, "shop-web-1", null))).isNull();
    assertThat(printer.line(event(DeploymentEvent.Type.KEPT, ResourceKind.CONTAINER, "shop-web-1", null))).isNull();
    assertThat(printer.line(event(DeploymentEvent.Type.DONE, null, null, null))).isNull();
    assertThat(printer.line(event(DeploymentEvent.Type.PULLING, ResourceKind.IMAGE, "nginx:1.27", "10%")))
        .isEqualTo("pulling   image nginx:1.27");
    assertThat(printer.line(event(DeploymentEvent.Type.PULLING, ResourceKind.IMAGE, "nginx:1.27", "50%"))).isNull();
    assertThat(printer.line(event(DeploymentEvent.Type.WARNING, null, null, "orphan shop-old-1\nkept")))
        .isEqualTo("warning   stack shop: orphan shop-old-1 kept");
  }

  @Test
  void printerWritesWholeLinesAsEventsArrive() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressPrinter printer = new ProgressPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    printer.onEvent(event(DeploymentEvent.Type.CREATING, ResourceKind.NETWORK, "shop_default", null));
    printer.onEvent(event(DeploymentEvent.Type.CREATED, ResourceKind.NETWORK, "shop_default", null));
    printer.onEvent(event(DeploymentEvent.Type.STARTED, ResourceKind.CONTAINER, "shop-web-1", null));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("creating  network shop_default\nstarted   container shop-web-1\n");
  }

  @Test
  void eventLinesAreOneJsonObjectEach() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonOutput.lines(new PrintStream(bytes, true, StandardCharsets.UTF_8))
        .onEvent(event(DeploymentEvent.Type.UNHEALTHY, ResourceKind.CONTAINER, "shop-web-1", "wget: \"refused\"\n"));

    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n").doesNotContain("\n\n");
    assertThat(text.lines()).hasSize(1);
    JsonNode event = JSON.readTree(text);
    assertThat(event.get("type").asText()).isEqualTo("unhealthy");
    assertThat(event.get("kind").asText()).isEqualTo("container");
    assertThat(event.get("name").asText()).isEqualTo("shop-web-1");
    assertThat(event.get("message").asText()).isEqualTo("wget: \"refused\"\n");
    assertThat(event.get("time").asText()).isEqualTo("2025-01-02T03:04:05Z");
  }

  @Test
  void deploySummaryCountsContainersOrSaysNothingChanged() throws IOException {
    DeploymentResult changed = new DeploymentResult(plan(), status(), Duration.ofMillis(3210));
    DeploymentResult unchanged = new DeploymentResult(noopPlan(), status(), Duration.ofMillis(40));

    assertThat(TextOutput.deployed(changed)).isEqualTo("stack shop deployed in 3.2 s: 1 created, 1 recreated, 1 kept\n");
    assertThat(TextOutput.deployed(unchanged)).isEqualTo("up to date: nothing to do (stack shop, 1 container up)\n");

    JsonNode result = JSON.readTree(JsonOutput.deployed(changed));
    assertThat(result.get("type").asText()).isEqualTo("result");
    assertThat(result.get("status").asText()).isEqualTo("deployed");
    assertThat(result.get("containers").get("recreate").asInt()).isEqualTo(1);
    assertThat(result.get("state").get("containers")).hasSize(2);
    assertThat(JSON.readTree(JsonOutput.deployed(unchanged)).get("status").asText()).isEqualTo("unchanged");
  }

  @Test
  void failureResultCarriesTheServiceExitCodeAndLogLines() throws IOException {
    ServiceFailedException failure = new ServiceFailedException("shop", "migrate", "shop-migrate-1", "exited with code 3",
        3, null, List.of("connecting", "no database"), false, List.of("created network shop_default"));

    JsonNode result = JSON.readTree(JsonOutput.failed("shop", failure));

    assertThat(result.get("status").asText()).isEqualTo("failed");
    assertThat(result.get("service").asText()).isEqualTo("migrate");
    assertThat(result.get("exitCode").asInt()).isEqualTo(3);
    assertThat(result.get("logTail").get(1).asText()).isEqualTo("no database");
    assertThat(result.get("completed").get(0).asText()).isEqualTo("created network shop_default");
    assertThat(result.get("error").asText()).contains("exited with code 3").contains("  | no database");
  }

  @Test
  void statusTableAndDocument() throws IOException {
    String text = TextOutput.status(status());

    assertThat(text.lines().findFirst()).hasValueSatisfying(header -> assertThat(header)
        .matches("NAME +SERVICE +IMAGE +STATUS +PORTS"));
    assertThat(text.lines()).anySatisfy(line -> assertThat(line)
        .matches("shop-web-1 +web +nginx:1.27 +Up 5 seconds \\(healthy\\) +127.0.0.1:8080->80/tcp"));
    assertThat(text).contains("networks: shop_default\n").contains("volumes:  shop_data\n");
    assertThat(TextOutput.status(new StackStatus("gone", List.of(), List.of(), List.of())))
        .isEqualTo("no stack named gone on this engine\n");

    JsonNode document = JSON.readTree(JsonOutput.status(status()));
    assertThat(document.get("containers").get(0).get("up").asBoolean()).isTrue();
    assertThat(document.get("containers").get(1).get("exitCode").asInt()).isZero();
    assertThat(document.get("containers").get(1).get("health").isNull()).isTrue();
  }

  @Test
  void removalAndStacks() throws IOException {
    RemovalResult removed = new RemovalResult("shop", List.of("shop-web-1", "shop-db-1"), List.of("shop_default"),
        List.of(), List.of("volumes kept"));
    assertThat(TextOutput.removed(removed)).isEqualTo("stack shop removed: 2 containers, 1 network, 0 volumes\n");
    assertThat(TextOutput.removed(new RemovalResult("gone", List.of(), List.of(), List.of(), List.of())))
        .isEqualTo("nothing to remove: no stack named gone on this engine\n");
    assertThat(JSON.readTree(JsonOutput.removed(removed)).get("containers")).hasSize(2);

    List<StackSummary> stacks = List.of(new StackSummary("shop", Map.of("running", 2, "exited", 1),
        List.of("/srv/shop/compose.yaml"), true));
    assertThat(TextOutput.stacks(stacks)).contains("exited(1), running(2)   phoenix   /srv/shop/compose.yaml");
    assertThat(JSON.readTree(JsonOutput.stacks(stacks)).get(0).get("states").get("running").asInt()).isEqualTo(2);
  }

  @Test
  void jsonEscapesControlCharactersAndNests() throws IOException {
    String text = new Json().beginObject()
        .field("s", "a\"b\\c\u0001\t")
        .field("n", 3)
        .field("list", List.of("x", List.of(1, 2)))
        .field("map", Map.of("k", true))
        .field("none", null)
        .endObject().toString();

    JsonNode node = JSON.readTree(text);
    assertThat(node.get("s").asText()).isEqualTo("a\"b\\c\u0001\t");
    assertThat(node.get("list").get(1).get(1).asInt()).isEqualTo(2);
    assertThat(node.get("map").get("k").asBoolean()).isTrue();
    assertThat(node.get("none").isNull()).isTrue();
  }

  @Test
  void durationsAsComposeWritesThem() {
    assertThat(DurationOption.parse("--timeout", "120s")).isEqualTo(Duration.ofSeconds(120));
    assertThat(DurationOption.parse("--timeout", "1m30s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(DurationOption.parse("--timeout", "500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(DurationOption.parse("--timeout", "2h")).isEqualTo(Duration.ofHours(2));
    assertThat(DurationOption.parse("--timeout", "45")).isEqualTo(Duration.ofSeconds(45));
    for (String bad : List.of("", "s", "10x", "1.5s", "0s", "-3s", "m5")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> DurationOption.parse("--timeout", bad))
          .isInstanceOf(UsageException.class).hasMessageStartingWith("--timeout ");
    }
  }
}
