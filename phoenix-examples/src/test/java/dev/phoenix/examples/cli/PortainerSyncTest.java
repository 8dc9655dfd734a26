package dev.phoenix.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phoenix.portainer.PortainerTargetProvider;
import dev.phoenix.portainer.testing.FakePortainer.FakeStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code phoenix sync DIR --target portainer:...}, in-process against a fake Portainer. */
class PortainerSyncTest {
  @TempDir
  Path dir;
  private Path stacks;
  private Path keyFile;
  private PortainerCli portainer;

  @BeforeEach
  void start() throws IOException {
    portainer = new PortainerCli("2.23.0", Map.of("HOME", dir.toString())).start();
    portainer.fake.environment(1, "local", null).environment(2, "swarm", "swarm-1");
    stacks = Files.createDirectories(dir.resolve("stacks"));
    writeStack("shop", "nginx:1.27");
    writeStack("blog", "httpd:2.4");
    keyFile = Files.writeString(dir.resolve("portainer.key"), PortainerCli.API_KEY + "\n");
  }

  @AfterEach
  void stop() {
    portainer.close();
  }

  private void writeStack(String name, String image) throws IOException {
    Path stack = Files.createDirectories(stacks.resolve(name));
    Files.writeString(stack.resolve("compose.yaml"), "services:\n  app:\n    image: " + image + "\n");
  }

  private String target(int endpoint) {
    return "portainer:" + portainer.url() + "?endpoint=" + endpoint;
  }

  private CliResult sync(String... options) {
    List<String> args = new ArrayList<>(List.of("sync", stacks.toString(), "--target", target(1),
        "--api-key-file", keyFile.toString()));
    args.addAll(List.of(options));
    return portainer.run(args.toArray(String[]::new));
  }

  private FakeStack stack(String name) {
    return portainer.fake.stacks().values().stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
  }

  @Test
  void createsEachStackWithOnePostThenSendsNothingThenOnePutForAChange() throws IOException {
    CliResult first = sync();
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).containsPattern("blog +created").containsPattern("shop +created");
    assertThat(portainer.fake.stacks().values()).extracting(s -> s.name).containsExactlyInAnyOrder("shop", "blog");
    assertThat(stack("shop").file).contains("nginx:1.27");
    assertThat(stack("shop").endpointId).isEqualTo(1);
    assertThat(portainer.writes()).hasSize(2).allSatisfy(request -> {
      assertThat(request.getMethod()).isEqualTo("POST");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/api/stacks/create/standalone/string");
      assertThat(request.getUrl().queryParameter("endpointId")).isEqualTo("1");
    });
    for (RecordedRequest request : portainer.fake.requests()) {
      if (!request.getUrl().encodedPath().equals("/api/system/status")) {
        assertThat(request.getHeaders().get("X-API-Key")).as(request.getUrl().encodedPath())
            .isEqualTo(PortainerCli.API_KEY);
      }
    }

    portainer.fake.clearRequests();
    CliResult second = sync();
    assertThat(second.status()).as(second.err()).isZero();
    assertThat(second.out()).containsPattern("blog +unchanged").containsPattern("shop +unchanged");
    assertThat(portainer.writes()).isEmpty();

    writeStack("shop", "nginx:1.28");
    portainer.fake.clearRequests();
    CliResult third = sync();
    assertThat(third.status()).as(third.err()).isZero();
    assertThat(third.out()).containsPattern("blog +unchanged").containsPattern("shop +updated");
    assertThat(portainer.writes()).singleElement().satisfies(request -> {
      assertThat(request.getMethod()).isEqualTo("PUT");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/api/stacks/" + stack("shop").id);
      assertThat(request.getUrl().queryParameter("endpointId")).isEqualTo("1");
    });
    assertThat(stack("shop").file).contains("nginx:1.28");
  }

  @Test
  void printsOneJsonDocumentAndPlansWithoutWritingInADryRun() throws IOException {
    CliResult dryRun = sync("--dry-run", "--output", "json");
    assertThat(dryRun.status()).as(dryRun.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(dryRun.out());
    assertThat(report.path("dryRun").asBoolean()).isTrue();
    assertThat(report.path("target").asText()).isEqualTo("portainer " + portainer.url() + " environment 1");
    assertThat(report.path("stacks")).extracting(row -> row.path("outcome").asText())
        .containsExactly("planned", "planned");
    assertThat(portainer.writes()).isEmpty();
    assertThat(portainer.fake.stacks()).isEmpty();
  }

  @Test
  void theKeyFromTheEnvironmentOrALoginWorkToo() {
    Map<String, String> key = new HashMap<>(portainer.environment);
    key.put(PortainerTargetProvider.API_KEY, PortainerCli.API_KEY);
    CliResult withKey = PortainerCli.run(key, "sync", stacks.toString(), "--target", target(1));
    assertThat(withKey.status()).as(withKey.err()).isZero();
    assertThat(portainer.fake.stacks()).hasSize(2);

    Map<String, String> login = new HashMap<>(portainer.environment);
    login.put(PortainerTargetProvider.PASSWORD, PortainerCli.PASSWORD);
    portainer.fake.clearRequests();
    CliResult withLogin = PortainerCli.run(login, "sync", stacks.toString(), "--target", target(1), "--username",
        PortainerCli.USER);
    assertThat(withLogin.status()).as(withLogin.err()).isZero();
    assertThat(withLogin.out()).containsPattern("shop +unchanged");
    assertThat(portainer.writes()).extracting(r -> r.getUrl().encodedPath()).containsExactly("/api/auth");
  }

  @Test
  void aManifestsPortainerTargetIsOpenedWithTheSameCredentials() throws IOException {
    Files.writeString(stacks.resolve("blog").resolve("phoenix.json"),
        "{ \"target\": { \"uri\": \"" + target(2) + "\" } }\n");
    CliResult result = sync();
    assertThat(result.status()).as(result.out() + result.err()).isZero();
    assertThat(stack("shop").endpointId).isEqualTo(1);
    assertThat(stack("blog").endpointId).isEqualTo(2);
    assertThat(stack("blog").swarmId).isEqualTo("swarm-1");
    assertThat(portainer.fake.count("POST", "/api/stacks/create/swarm/string")).isEqualTo(1);
    assertThat(portainer.fake.count("POST", "/api/stacks/create/standalone/string")).isEqualTo(1);
  }

  @Test
  void pruneRemovesOnlyWhatThisDirectoryDeployedNeverAStackMadeInPortainer() throws IOException {
    portainer.fake.seedStack(1, "byhand", "services:\n  app:\n    image: busybox\n", Map.of());
    assertThat(sync().status()).isZero();
    int blog = stack("blog").id;
    Files.delete(stacks.resolve("blog").resolve("compose.yaml"));
    Files.delete(stacks.resolve("blog"));

    portainer.fake.clearRequests();
    CliResult result = sync("--prune");
    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out()).containsPattern("blog +pruned").containsPattern("shop +unchanged");
    assertThat(portainer.fake.stacks().values()).extracting(s -> s.name).containsExactlyInAnyOrder("shop", "byhand");
    assertThat(portainer.writes()).extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath())
        .containsExactly("DELETE /api/stacks/" + blog);
  }

  @Test
  void aKeyFromAFileOpensTargetsButIsNoVariableForTheComposeFile() throws IOException {
    Files.writeString(stacks.resolve("shop").resolve("compose.yaml"),
        "services:\n  app:\n    image: nginx:1.27\n    environment:\n      LEAK: \"${PHOENIX_PORTAINER_API_KEY:-none}\"\n");
    CliResult result = sync();
    assertThat(result.status()).as(result.err()).isZero();
    assertThat(stack("shop").file).contains("LEAK: none").doesNotContain(PortainerCli.API_KEY);
  }

  @Test
  void badCombinationsAndMissingCredentialsAreRefusedBeforeAnythingIsSent() throws IOException {
    Path staging = Files.createDirectories(dir.resolve("staging"));
    CliResult withStaging = sync("--staging", staging.toString());
    assertThat(withStaging.status()).isEqualTo(2);
    assertThat(withStaging.err()).contains("--staging does not apply to --target portainer:");

    CliResult withHost = sync("--host", "tcp://127.0.0.1:2375");
    assertThat(withHost.status()).isEqualTo(2);
    assertThat(withHost.err()).contains("leave out --host and --context");

    CliResult noCredentials = portainer.run("sync", stacks.toString(), "--target", target(1));
    assertThat(noCredentials.status()).isEqualTo(2);
    assertThat(noCredentials.err()).contains("no credentials for Portainer");

    CliResult keyOnCommandLine = portainer.run("sync", stacks.toString(), "--target", target(1), "--api-key",
        PortainerCli.API_KEY);
    assertThat(keyOnCommandLine.status()).isEqualTo(2);
    assertThat(keyOnCommandLine.err()).contains("--api-key is refused").contains("process list");

    CliResult noEnvironment = sync("--target", "portainer:" + portainer.url());
    assertThat(noEnvironment.status()).isEqualTo(2);
    assertThat(noEnvironment.err()).contains("?endpoint=N");

    CliResult missingKey = portainer.run("sync", stacks.toString(), "--target", target(1), "--api-key-file",
        dir.resolve("missing.key").toString());
    assertThat(missingKey.status()).isEqualTo(2);
    assertThat(missingKey.err()).contains("--api-key-file " + dir.resolve("missing.key") + ": no such file");
    assertThat(portainer.fake.requests()).isEmpty();
  }

  @Test
  void aRefusedKeyIsExitStatus1AndAnUnreachableServerExitStatus3() throws IOException {
    Path wrong = Files.writeString(dir.resolve("wrong.key"), "ptr_wRoNgKeY0123456789abcdef");
    CliResult refused = portainer.run("sync", stacks.toString(), "--target", target(1), "--api-key-file",
        wrong.toString());
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.err()).contains("refused the credentials (the API key of --api-key-file " + wrong + ")");
    assertThat(portainer.writes()).isEmpty();

    CliResult unreachable = portainer.run("sync", stacks.toString(), "--target",
        "portainer:http://127.0.0.1:1?endpoint=1", "--api-key-file", keyFile.toString());
    assertThat(unreachable.status()).isEqualTo(3);
    assertThat(unreachable.err()).contains("Portainer at http://127.0.0.1:1/");
  }

  @Test
  void theCaAndInsecureOptionsReachThePortainerTarget() {
    try (PortainerCli https = PortainerCli.https("2.23.0", portainer.environment, dir)) {
      String target = "portainer:" + https.url() + "?endpoint=1";

      CliResult untrusted = https.run("sync", stacks.toString(), "--target", target, "--api-key-file",
          keyFile.toString());
      assertThat(untrusted.status()).isEqualTo(3);
      assertThat(untrusted.err()).contains(https.url()).contains("--ca FILE");

      CliResult missingCa = https.run("sync", stacks.toString(), "--target", target, "--api-key-file",
          keyFile.toString(), "--ca", dir.resolve("nope.pem").toString());
      assertThat(missingCa.status()).isEqualTo(2);
      assertThat(missingCa.err()).contains("nope.pem");
      assertThat(https.writes()).isEmpty();

      CliResult trusted = https.run("sync", stacks.toString(), "--target", target, "--api-key-file",
          keyFile.toString(), "--ca", https.caFile.toString());
      assertThat(trusted.status()).as(trusted.err()).isZero();
      assertThat(trusted.err()).doesNotContain("WARN");
      assertThat(https.fake.stacks()).hasSize(2);

      CliResult insecure = https.run("sync", stacks.toString(), "--target", target, "--api-key-file",
          keyFile.toString(), "--insecure");
      assertThat(insecure.status()).as(insecure.err()).isZero();
      assertThat(insecure.err()).contains("WARN: the certificate of Portainer at " + https.url() + " is not verified");
      assertThat(insecure.out()).containsPattern("shop +unchanged");
    }
  }
}
