package dev.phoenix.portainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.api.deploy.DeploymentTarget;
import dev.phoenix.core.stack.StackSync;
import dev.phoenix.core.stack.SyncOutcome;
import dev.phoenix.core.stack.SyncReport;
import dev.phoenix.core.stack.SyncResult;
import dev.phoenix.portainer.testing.FakePortainer;
import dev.phoenix.portainer.testing.FakePortainer.FakeStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory of stacks synced through Portainer: as the sync's target, and as a manifest's {@code target.uri}. */
class StackSyncThroughPortainerTest {
  private static final String DIGEST = "sha256:" + "5e".repeat(32);

  @TempDir
  Path stacks;
  private FakePortainer fake;
  private PortainerServer server;
  private Map<String, String> environment;

  @BeforeEach
  void start() {
    fake = new FakePortainer(PortainerVersion.parse("2.21.4")).environment(1, "prod", null)
        .environment(2, "staging", null)
        .heldImage(1, "127.0.0.1:5000/team/api:1", "127.0.0.1:5000/team/api@" + DIGEST);
    server = PortainerServer.playing(fake);
    environment = Map.of(PortainerTargetProvider.API_KEY, PortainerServer.API_KEY);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String address(int endpoint) {
    String base = server.server.url("/").toString();
    return base.substring(0, base.length() - 1) + "?endpoint=" + endpoint;
  }

  private void write(String stack, String compose) throws IOException {
    Files.createDirectories(stacks.resolve(stack));
    Files.writeString(stacks.resolve(stack).resolve("compose.yaml"), compose);
  }

  private static String service(String image) {
    return "services:\n  app:\n    image: " + image + "\n";
  }

  private Map<String, SyncOutcome> outcomes(SyncReport report) {
    return report.stacks().stream().collect(Collectors.toMap(SyncResult::name, SyncResult::outcome));
  }

  private FakeStack stack(String name) {
    return fake.stacks().values().stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
  }

  @Test
  void createsThenLeavesAloneThenUpdatesOneWithOnePut() throws IOException {
    write("shop", service("busybox:1.36"));
    write("blog", service("busybox:1.36"));
    write("wiki", service("busybox:1.36"));
    try (DeploymentTarget portainer = DeploymentTarget.open("portainer", address(1), environment)) {
      SyncReport first = StackSync.to(portainer).environment(environment).sync(stacks);
      assertThat(outcomes(first)).containsOnly(Map.entry("shop", SyncOutcome.CREATED),
          Map.entry("blog", SyncOutcome.CREATED), Map.entry("wiki", SyncOutcome.CREATED));
      assertThat(fake.count("POST", "/api/stacks/create/standalone/string")).isEqualTo(3);
      assertThat(stack("shop").file).contains("image: busybox:1.36");

      fake.clearRequests();
      SyncReport second = StackSync.to(portainer).environment(environment).sync(stacks);
      assertThat(outcomes(second).values()).containsOnly(SyncOutcome.UNCHANGED);
      assertThat(fake.requests()).allSatisfy(r -> assertThat(r.getMethod()).isEqualTo("GET"));

      write("blog", service("busybox:1.37"));
      fake.clearRequests();
      SyncReport third = StackSync.to(portainer).environment(environment).prune(true).sync(stacks);
      assertThat(outcomes(third)).containsOnly(Map.entry("shop", SyncOutcome.UNCHANGED),
          Map.entry("blog", SyncOutcome.UPDATED), Map.entry("wiki", SyncOutcome.UNCHANGED));
      assertThat(fake.requests()).filteredOn(r -> !r.getMethod().equals("GET"))
          .extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath() + "?" + r.getUrl().encodedQuery())
          .containsExactly("PUT /api/stacks/" + stack("blog").id + "?endpointId=1");
      assertThat(stack("blog").file).contains("image: busybox:1.37");
    }
  }

  @Test
  void aManifestSendsItsStackToThePortainerEnvironmentItNamesPinnedToTheDigest() throws IOException {
    write("web", service("busybox:1.36"));
    write("api", service("127.0.0.1:5000/team/api:1"));
    Files.writeString(stacks.resolve("api").resolve("phoenix.json"), "{\n  \"target\": {\"uri\": \"portainer:"
        + address(1) + "\"},\n  \"services\": {\"app\": {\"pinDigest\": true}}\n}\n");
    try (DeploymentTarget staging = DeploymentTarget.open("portainer", address(2), environment)) {
      SyncReport report = StackSync.to(staging).environment(environment).sync(stacks);
      assertThat(outcomes(report)).containsOnly(Map.entry("web", SyncOutcome.CREATED),
          Map.entry("api", SyncOutcome.CREATED));
      assertThat(report.stacks()).filteredOn(r -> r.name().equals("api")).singleElement()
          .satisfies(r -> assertThat(r.target()).endsWith("environment 1"));
      assertThat(stack("web").endpointId).isEqualTo(2);
      assertThat(stack("api").endpointId).isEqualTo(1);
      assertThat(stack("api").file).contains("127.0.0.1:5000/team/api:1@" + DIGEST);

      fake.clearRequests();
      SyncReport again = StackSync.to(staging).environment(environment).sync(stacks);
      assertThat(outcomes(again).values()).containsOnly(SyncOutcome.UNCHANGED);
      assertThat(fake.requests()).allSatisfy(r -> assertThat(r.getMethod()).isEqualTo("GET"));
    }
  }

  @Test
  void aManifestPortainerTargetWithoutCredentialsIsBrokenAndNothingIsDeployed() throws IOException {
    write("api", service("busybox:1.36"));
    Files.writeString(stacks.resolve("api").resolve("phoenix.json"),
        "{\"target\": {\"uri\": \"portainer:" + address(1) + "\"}}\n");
    try (DeploymentTarget staging = DeploymentTarget.open("portainer", address(2), environment)) {
      SyncReport report = StackSync.to(staging).environment(Map.of()).sync(stacks);
      assertThat(report.stacks()).singleElement().satisfies(r -> {
        assertThat(r.outcome()).isNotIn(SyncOutcome.CREATED, SyncOutcome.UPDATED, SyncOutcome.UNCHANGED);
        assertThat(r.message()).contains(PortainerTargetProvider.API_KEY);
      });
      assertThat(fake.stacks()).isEmpty();
    }
  }

  @Test
  void pruneRemovesOnlyStacksThisDirectorySyncedAndNeverOnesMadeInPortainer() throws IOException {
    write("shop", service("busybox:1.36"));
    write("blog", service("busybox:1.36"));
    fake.seedStack(1, "byhand", service("nginx:1.27"), Map.of("TAG", "1"));
    try (DeploymentTarget portainer = DeploymentTarget.open("portainer", address(1), environment)) {
      StackSync.to(portainer).environment(environment).sync(stacks);
      assertThat(stack("shop").env).extracting(pair -> pair[0] + "=" + pair[1]).containsExactlyInAnyOrder(
          PortainerTarget.MANAGED + "=phoenix",
          PortainerTarget.COMPOSE_FILES + "=" + stacks.resolve("shop").resolve("compose.yaml").toAbsolutePath());
      int blog = stack("blog").id;

      Files.delete(stacks.resolve("blog").resolve("compose.yaml"));
      Files.delete(stacks.resolve("blog"));
      SyncReport dryRun = StackSync.to(portainer).environment(environment).prune(true).dryRun(true).sync(stacks);
      assertThat(outcomes(dryRun)).containsOnly(Map.entry("shop", SyncOutcome.UNCHANGED),
          Map.entry("blog", SyncOutcome.PLANNED));
      assertThat(fake.stacks()).hasSize(3);

      fake.clearRequests();
      SyncReport pruned = StackSync.to(portainer).environment(environment).prune(true).sync(stacks);
      assertThat(outcomes(pruned)).containsOnly(Map.entry("shop", SyncOutcome.UNCHANGED),
          Map.entry("blog", SyncOutcome.PRUNED));
      assertThat(fake.requests()).filteredOn(r -> !r.getMethod().equals("GET"))
          .extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath())
          .containsExactly("DELETE /api/stacks/" + blog);
      assertThat(fake.stacks().values()).extracting(s -> s.name).containsExactlyInAnyOrder("shop", "byhand");
    }
    Path elsewhere = stacks.resolveSibling(stacks.getFileName() + "-other");
    Files.createDirectories(elsewhere);
    try (DeploymentTarget portainer = DeploymentTarget.open("portainer", address(1), environment)) {
      SyncReport other = StackSync.to(portainer).environment(environment).prune(true).sync(elsewhere);
      assertThat(other.stacks()).isEmpty();
      assertThat(fake.stacks()).hasSize(2);
    } finally {
      Files.delete(elsewhere);
    }
  }
}
