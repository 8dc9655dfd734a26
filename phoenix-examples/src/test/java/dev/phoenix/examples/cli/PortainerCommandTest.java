package dev.phoenix.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phoenix.portainer.PortainerTargetProvider;
import dev.phoenix.portainer.testing.FakePortainer.FakeStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code phoenix portainer status|endpoints|stacks}, in-process against a fake Portainer. */
class PortainerCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SHOP = "services:\n  app:\n    image: nginx:1.27\n";

  @TempDir
  Path dir;
  private PortainerCli portainer;

  @BeforeEach
  void start() {
    portainer = new PortainerCli("2.23.0", Map.of("HOME", dir.toString(),
        PortainerTargetProvider.API_KEY, PortainerCli.API_KEY)).start();
    portainer.fake.environment(1, "local", null).environment(2, "swarm", "swarm-1");
  }

  @AfterEach
  void stop() {
    portainer.close();
  }

  private CliResult run(String... args) {
    return portainer.run(args);
  }

  private CliResult runWith(Map<String, String> environment, String... args) {
    return PortainerCli.run(environment, args);
  }

  private Map<String, String> environmentWithout(String... names) {
    Map<String, String> environment = new HashMap<>(portainer.environment);
    List.of(names).forEach(environment::remove);
    return environment;
  }

  private static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }

  @Test
  void statusPrintsTheVersionItsCreateRouteAndChecksTheCredentials() throws IOException {
    CliResult text = run("portainer", "--url", portainer.url(), "status");
    assertThat(text.status()).as(text.err()).isZero();
    assertThat(text.out()).contains("version:       2.23.0")
        .contains("POST /api/stacks/create/{standalone|swarm}/{string|file|repository}?endpointId=N")
        .contains("credentials:   accepted (the API key of " + PortainerTargetProvider.API_KEY + ")")
        .contains("environments:  2 visible");
    assertThat(portainer.routes()).containsExactly("GET /api/system/status", "GET /api/endpoints");
    RecordedRequest environments = portainer.fake.requests().get(1);
    assertThat(environments.getHeaders().get("X-API-Key")).isEqualTo(PortainerCli.API_KEY);
    assertThat(environments.getHeaders().get("Authorization")).isNull();

    JsonNode json = json(run("portainer", "--url", portainer.url(), "status", "--output", "json").out());
    assertThat(json.path("version").asText()).isEqualTo("2.23.0");
    assertThat(json.path("typedCreateRoutes").asBoolean()).isTrue();
    assertThat(json.path("credentials").path("kind").asText()).isEqualTo("api-key");
    assertThat(json.path("credentials").path("accepted").asBoolean()).isTrue();
    assertThat(json.path("environments").asInt()).isEqualTo(2);
  }

  @Test
  void statusOfAnOldServerNamesItsOldCreateRoute() {
    try (PortainerCli old = new PortainerCli("2.18.4", portainer.environment).start()) {
      CliResult result = old.run("portainer", "--url", old.url(), "status");
      assertThat(result.status()).as(result.err()).isZero();
      assertThat(result.out()).contains("version:       2.18.4")
          .contains("POST /api/stacks?type={1|2}&method={string|file|repository}&endpointId=N (before Portainer 2.19)");
    }
  }

  @Test
  void aRefusedKeyIsExitStatus1NamingTheCredentialsNeverTheKey() throws IOException {
    Map<String, String> wrong = new HashMap<>(portainer.environment);
    wrong.put(PortainerTargetProvider.API_KEY, "ptr_wRoNgKeY0123456789abcdef");
    CliResult status = runWith(wrong, "portainer", "--url", portainer.url(), "status");
    assertThat(status.status()).isEqualTo(1);
    assertThat(status.out()).contains("version:       2.23.0").contains("REFUSED with HTTP 401");
    assertThat(status.err()).startsWith("phoenix: Portainer at " + portainer.url() + " refused the credentials"
        + " (the API key of " + PortainerTargetProvider.API_KEY + ")").contains("HTTP 401");

    JsonNode json = json(runWith(wrong, "portainer", "--url", portainer.url(), "status", "--output", "json").out());
    assertThat(json.path("credentials").path("accepted").asBoolean()).isFalse();
    assertThat(json.path("credentials").path("status").asInt()).isEqualTo(401);

    CliResult stacks = runWith(wrong, "portainer", "--url", portainer.url(), "stacks", "ls");
    assertThat(stacks.status()).isEqualTo(1);
    assertThat(stacks.err()).contains("refused the credentials").contains(PortainerTargetProvider.API_KEY);
    assertThat(stacks.out()).isEmpty();
  }

  @Test
  void endpointsInTextAndJson() throws IOException {
    CliResult text = run("portainer", "--url", portainer.url(), "endpoints");
    assertThat(text.status()).as(text.err()).isZero();
    assertThat(text.out().lines().toList()).hasSize(3);
    assertThat(text.out().lines().findFirst().orElseThrow())
        .matches("ID +NAME +TYPE +STATUS +SWARM +ENGINE +URL");
    assertThat(text.out()).containsPattern("1 +local +docker +up +no +20.10.24 +unix:///var/run/docker.sock")
        .containsPattern("2 +swarm +docker +up +yes +20.10.24");

    JsonNode json = json(run("portainer", "--url", portainer.url(), "endpoints", "--output", "json").out());
    assertThat(json).hasSize(2);
    assertThat(json.get(0).path("id").asInt()).isEqualTo(1);
    assertThat(json.get(0).path("name").asText()).isEqualTo("local");
    assertThat(json.get(0).path("typeName").asText()).isEqualTo("docker");
    assertThat(json.get(0).path("up").asBoolean()).isTrue();
    assertThat(json.get(0).path("swarm").asBoolean()).isFalse();
    assertThat(json.get(1).path("swarm").asBoolean()).isTrue();
  }

  @Test
  void stacksAreListedInTextAndJsonAndFilteredByEnvironment() throws IOException {
    portainer.fake.seedStack(1, "shop", SHOP, Map.of("TAG", "1.4", "DB_PASSWORD", "hunter2"));
    portainer.fake.seedStack(3, "elsewhere", SHOP, Map.of());
    portainer.fake.environment(3, "other", null);

    CliResult all = run("portainer", "--url", portainer.url(), "stacks", "ls");
    assertThat(all.status()).as(all.err()).isZero();
    assertThat(all.out().lines().findFirst().orElseThrow())
        .matches("ID +NAME +TYPE +ENDPOINT +STATUS +CREATED +UPDATED +SOURCE");
    assertThat(all.out()).containsPattern("1 +shop +compose +1 +active +2026-01-01 00:00 +- +file")
        .contains("elsewhere");

    CliResult one = run("portainer", "--url", portainer.url(), "stacks", "ls", "--endpoint", "1");
    assertThat(one.out()).contains("shop").doesNotContain("elsewhere");

    JsonNode json = json(run("portainer", "--url", portainer.url(), "stacks", "ls", "--endpoint=1",
        "--output", "json").out());
    assertThat(json).hasSize(1);
    JsonNode shop = json.get(0);
    assertThat(shop.path("name").asText()).isEqualTo("shop");
    assertThat(shop.path("type").asText()).isEqualTo("compose");
    assertThat(shop.path("endpointId").asInt()).isEqualTo(1);
    assertThat(shop.path("status").asText()).isEqualTo("active");
    assertThat(shop.path("created").asText()).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(shop.path("source").asText()).isEqualTo("file");
    assertThat(shop.toString()).doesNotContain("hunter2");

    CliResult unknown = run("portainer", "--url", portainer.url(), "stacks", "ls", "--endpoint", "9");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("Portainer has no environment 9");
  }

  @Test
  void aStackIsShownByNormalizedNameOrIdWithVariableNamesOnly() throws IOException {
    FakeStack shop = portainer.fake.seedStack(1, "shop", SHOP, Map.of("DB_PASSWORD", "hunter2"));

    CliResult byName = run("portainer", "--url", portainer.url(), "stacks", "get", "Shop", "--endpoint", "1");
    assertThat(byName.status()).as(byName.err()).isZero();
    assertThat(byName.out()).contains("stack:        shop (ID " + shop.id + ")")
        .contains("type:         compose").contains("status:       active")
        .contains("variables:    DB_PASSWORD (values not shown)")
        .containsPattern("shop-app-1 +app +running +Up 2 minutes \\(healthy\\)")
        .doesNotContain("hunter2");

    CliResult byId = run("portainer", "--url", portainer.url(), "stacks", "get", Integer.toString(shop.id));
    assertThat(byId.out()).isEqualTo(byName.out());

    CliResult file = run("portainer", "--url", portainer.url(), "stacks", "get", "shop", "--endpoint", "1", "--file");
    assertThat(file.out()).isEqualTo(SHOP);

    JsonNode json = json(run("portainer", "--url", portainer.url(), "stacks", "get", "shop", "--endpoint", "1",
        "--file", "--output", "json").out());
    assertThat(json.path("id").asInt()).isEqualTo(shop.id);
    assertThat(json.path("variables").get(0).asText()).isEqualTo("DB_PASSWORD");
    assertThat(json.path("containers").get(0).path("name").asText()).isEqualTo("shop-app-1");
    assertThat(json.path("file").asText()).isEqualTo(SHOP);
    assertThat(json.toString()).doesNotContain("hunter2");
  }

  @Test
  void anUnknownStackIsBadInput() {
    portainer.fake.seedStack(1, "shop", SHOP, Map.of());
    CliResult name = run("portainer", "--url", portainer.url(), "stacks", "get", "blog", "--endpoint", "1");
    assertThat(name.status()).isEqualTo(2);
    assertThat(name.err()).isEqualTo("phoenix: no stack named blog on environment 1 (phoenix portainer stacks ls"
        + " --endpoint 1 lists them)\n");
    CliResult normalized = run("portainer", "--url", portainer.url(), "stacks", "rm", "My Blog", "--endpoint", "1");
    assertThat(normalized.status()).isEqualTo(2);
    assertThat(normalized.err()).contains("no stack named myblog (\"My Blog\" as Portainer normalizes it)");
    CliResult id = run("portainer", "--url", portainer.url(), "stacks", "rm", "42");
    assertThat(id.status()).isEqualTo(2);
    assertThat(id.err()).contains("Portainer has no stack with ID 42");
    CliResult elsewhere = run("portainer", "--url", portainer.url(), "stacks", "get", "1", "--endpoint", "2");
    assertThat(elsewhere.status()).isEqualTo(2);
    assertThat(elsewhere.err()).contains("is on environment 1, not on environment 2");
    CliResult noEnvironment = run("portainer", "--url", portainer.url(), "stacks", "get", "shop");
    assertThat(noEnvironment.status()).isEqualTo(2);
    assertThat(noEnvironment.err()).contains("needs --endpoint N");
    assertThat(portainer.writes()).isEmpty();
  }

  @Test
  void removingAStackSendsOneDeleteOnItsEnvironmentAndSaysVolumesAreKept() throws IOException {
    FakeStack shop = portainer.fake.seedStack(1, "shop", SHOP, Map.of());
    FakeStack blog = portainer.fake.seedStack(1, "blog", SHOP, Map.of());
    portainer.fake.clearRequests();

    CliResult removed = run("portainer", "--url", portainer.url(), "stacks", "rm", "shop", "--endpoint", "1");
    assertThat(removed.status()).as(removed.err()).isZero();
    assertThat(removed.out()).isEqualTo("removed stack shop (ID " + shop.id + ") from environment 1; its volumes are"
        + " kept (Portainer never removes a stack's volumes: docker volume rm does)\n");
    assertThat(portainer.writes()).singleElement().satisfies(request -> {
      assertThat(request.getMethod()).isEqualTo("DELETE");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/api/stacks/" + shop.id);
      assertThat(request.getUrl().queryParameter("endpointId")).isEqualTo("1");
      assertThat(request.getHeaders().get("X-API-Key")).isEqualTo(PortainerCli.API_KEY);
    });
    assertThat(portainer.fake.stacks()).containsOnlyKeys(blog.id);

    JsonNode json = json(run("portainer", "--url", portainer.url(), "stacks", "rm", Integer.toString(blog.id),
        "--output", "json").out());
    assertThat(json.path("removed").asBoolean()).isTrue();
    assertThat(json.path("name").asText()).isEqualTo("blog");
    assertThat(json.path("volumesKept").asBoolean()).isTrue();
    assertThat(portainer.fake.stacks()).isEmpty();
  }

  @Test
  void theApiKeyFileIsReadStrippedAndWinsOverTheEnvironment() throws IOException {
    Path keyFile = Files.writeString(dir.resolve("portainer.key"), "  " + PortainerCli.API_KEY + "\n");
    Map<String, String> wrongInEnvironment = new HashMap<>(portainer.environment);
    wrongInEnvironment.put(PortainerTargetProvider.API_KEY, "ptr_wRoNgKeY0123456789abcdef");
    CliResult result = runWith(wrongInEnvironment, "portainer", "--url", portainer.url(), "--api-key-file",
        keyFile.toString(), "status");
    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out()).contains("accepted (the API key of --api-key-file " + keyFile + ")");
    assertThat(portainer.fake.requests().get(1).getHeaders().get("X-API-Key")).isEqualTo(PortainerCli.API_KEY);
  }

  @Test
  void aMissingOrEmptyKeyFileIsBadInputNamingTheFile() throws IOException {
    Path missing = dir.resolve("missing.key");
    CliResult absent = run("portainer", "--url", portainer.url(), "--api-key-file", missing.toString(), "status");
    assertThat(absent.status()).isEqualTo(2);
    assertThat(absent.err()).isEqualTo("phoenix: --api-key-file " + missing + ": no such file\n");
    Path empty = Files.writeString(dir.resolve("empty.key"), "\n");
    CliResult blank = run("portainer", "--url", portainer.url(), "--api-key-file", empty.toString(), "status");
    assertThat(blank.status()).isEqualTo(2);
    assertThat(blank.err()).contains("--api-key-file " + empty + " is empty");
    Path twoWords = Files.writeString(dir.resolve("two.key"), PortainerCli.API_KEY + " " + PortainerCli.API_KEY);
    CliResult two = run("portainer", "--url", portainer.url(), "--api-key-file", twoWords.toString(), "status");
    assertThat(two.status()).isEqualTo(2);
    assertThat(two.err()).contains("holds more than one word");
    assertThat(portainer.fake.requests()).isEmpty();
  }

  @Test
  void aLoginUsesTheUsernameOptionOrVariableAndThePasswordFromTheEnvironment() {
    Map<String, String> login = environmentWithout(PortainerTargetProvider.API_KEY);
    login.put(PortainerTargetProvider.PASSWORD, PortainerCli.PASSWORD);
    CliResult result = runWith(login, "portainer", "--url", portainer.url(), "--username", PortainerCli.USER, "status");
    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out()).contains("accepted (the login of user admin from --username, with "
        + PortainerTargetProvider.PASSWORD + ")");
    assertThat(portainer.routes()).containsExactly("GET /api/system/status", "POST /api/auth", "GET /api/endpoints");
    RecordedRequest environments = portainer.fake.requests().get(2);
    assertThat(environments.getHeaders().get("Authorization")).startsWith("Bearer ");
    assertThat(environments.getHeaders().get("X-API-Key")).isNull();

    login.put(PortainerTargetProvider.USERNAME, PortainerCli.USER);
    assertThat(runWith(login, "portainer", "--url", portainer.url(), "status").out())
        .contains("the login of user admin from " + PortainerTargetProvider.USERNAME);

    login.put(PortainerTargetProvider.PASSWORD, "not the password");
    CliResult refused = runWith(login, "portainer", "--url", portainer.url(), "endpoints");
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.err()).contains("refused the credentials (the login of user admin").contains("HTTP 422")
        .doesNotContain("not the password");

    login.remove(PortainerTargetProvider.PASSWORD);
    CliResult noPassword = runWith(login, "portainer", "--url", portainer.url(), "status");
    assertThat(noPassword.status()).isEqualTo(2);
    assertThat(noPassword.err()).contains("no password for Portainer user admin: set "
        + PortainerTargetProvider.PASSWORD);
  }

  @Test
  void aSecretOnTheCommandLineIsRefusedBeforeAnythingIsSent() {
    List<List<String>> cases = List.of(
        List.of("portainer", "--url", portainer.url(), "--api-key", PortainerCli.API_KEY, "status"),
        List.of("portainer", "--url", portainer.url(), "--api-key=" + PortainerCli.API_KEY, "status"),
        List.of("portainer", "--url", portainer.url(), "--token", "abc", "status"),
        List.of("portainer", "--url", portainer.url(), "status", PortainerCli.API_KEY),
        List.of("portainer", "--url", portainer.url(), "--username", "admin", "--password", PortainerCli.PASSWORD,
            "status"));
    for (List<String> args : cases) {
      CliResult result = run(args.toArray(String[]::new));
      assertThat(result.status()).as("%s", args).isEqualTo(2);
      assertThat(result.err()).as("%s", args).contains("refused").contains("process list");
      assertThat(result.out()).isEmpty();
    }
    assertThat(run("portainer", "--url", portainer.url(), "--password=x", "status").err())
        .contains("set " + PortainerTargetProvider.PASSWORD);
    assertThat(run("portainer", "--url", portainer.url(), "--api-key", "x", "status").err())
        .contains("--api-key-file FILE");
    CliResult inUrl = run("portainer", "--url", portainer.url().replace("://", "://admin:" + "s3cr3t@"), "status");
    assertThat(inUrl.status()).isEqualTo(2);
    assertThat(inUrl.err()).contains("holds a user name or password").doesNotContain("s3cr3t");
    assertThat(portainer.fake.requests()).isEmpty();
  }

  @Test
  void withoutCredentialsNothingIsSent() {
    CliResult result = runWith(environmentWithout(PortainerTargetProvider.API_KEY), "portainer", "--url",
        portainer.url(), "status");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("no credentials for Portainer: give --api-key-file FILE")
        .contains(PortainerTargetProvider.API_KEY).contains(PortainerTargetProvider.USERNAME)
        .contains(PortainerTargetProvider.PASSWORD);
    assertThat(portainer.fake.requests()).isEmpty();
  }

  @Test
  void aPrivateCaIsTrustedWithCaAndInsecureSkipsTheCheckWithAWarning() {
    try (PortainerCli https = PortainerCli.https("2.23.0", portainer.environment, dir)) {
      String url = https.url();
      assertThat(url).startsWith("https://");

      CliResult trusted = https.run("portainer", "--url", url, "--ca", https.caFile.toString(), "endpoints");
      assertThat(trusted.status()).as(trusted.err()).isZero();
      assertThat(trusted.out()).contains("local");
      assertThat(trusted.err()).isEmpty();

      CliResult insecure = https.run("portainer", "--url", url, "--insecure", "endpoints");
      assertThat(insecure.status()).as(insecure.err()).isZero();
      assertThat(insecure.err()).startsWith("WARN: the certificate of Portainer at " + url + " is not verified");

      Map<String, String> caFromEnvironment = new HashMap<>(portainer.environment);
      caFromEnvironment.put(PortainerTargetProvider.CA, https.caFile.toString());
      assertThat(PortainerCli.run(caFromEnvironment, "portainer", "--url", url, "status").status()).isZero();

      CliResult untrusted = https.run("portainer", "--url", url, "status");
      assertThat(untrusted.status()).isEqualTo(3);
      assertThat(untrusted.err()).contains(url).contains("--ca FILE");

      CliResult missingCa = https.run("portainer", "--url", url, "--ca", dir.resolve("nope.pem").toString(), "status");
      assertThat(missingCa.status()).isEqualTo(2);
      assertThat(missingCa.err()).startsWith("phoenix: --ca " + dir.resolve("nope.pem"));

      CliResult both = https.run("portainer", "--url", url, "--ca", https.caFile.toString(), "--insecure",
          "status");
      assertThat(both.status()).isEqualTo(2);
      assertThat(both.err()).contains("either --ca FILE or --insecure");
    }
    CliResult plain = run("portainer", "--url", portainer.url(), "--ca", dir.resolve("ca.pem").toString(), "status");
    assertThat(plain.status()).isEqualTo(2);
    assertThat(plain.err()).contains("reached over plain http");
  }

  @Test
  void anUnreachableServerIsExitStatus3NamingIt() {
    CliResult result = run("portainer", "--url", "http://127.0.0.1:1", "status");
    assertThat(result.status()).isEqualTo(3);
    assertThat(result.err()).startsWith("phoenix: Portainer at http://127.0.0.1:1/ refused the connection");
  }

  @Test
  void theUrlMayComeFromTheEnvironment() {
    Map<String, String> environment = new HashMap<>(portainer.environment);
    environment.put(PortainerCommand.URL_VARIABLE, portainer.url());
    CliResult result = runWith(environment, "portainer", "endpoints");
    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out()).contains("local");
  }

  @Test
  void badCommandLinesAreBadInputAndHelpListsTheOptions() {
    List<List<String>> cases = List.of(
        List.of("portainer", "--url", portainer.url()),
        List.of("portainer", "--url", portainer.url(), "restart"),
        List.of("portainer", "--url", portainer.url(), "stacks"),
        List.of("portainer", "--url", portainer.url(), "stacks", "up"),
        List.of("portainer", "--url", portainer.url(), "stacks", "get"),
        List.of("portainer", "--url", portainer.url(), "stacks", "ls", "extra"),
        List.of("portainer", "--url", portainer.url(), "status", "--endpoint", "1"),
        List.of("portainer", "--url", portainer.url(), "stacks", "ls", "--file"),
        List.of("portainer", "--url", portainer.url(), "stacks", "ls", "--endpoint", "zero"),
        List.of("portainer", "--url", portainer.url(), "status", "--output", "xml"),
        List.of("portainer", "--url", portainer.url() + "?endpoint=1", "status"),
        List.of("portainer", "--url", "tcp://127.0.0.1:9443", "status"),
        List.of("portainer", "--url", portainer.url(), "--insecure=yes", "status"),
        List.of("portainer", "--url", portainer.url(), "--bogus", "status"),
        List.of("portainer", "status"));
    for (List<String> args : cases) {
      CliResult result = runWith(environmentWithout(PortainerCommand.URL_VARIABLE), args.toArray(String[]::new));
      assertThat(result.status()).as("%s: %s", args, result.err()).isEqualTo(2);
      assertThat(result.err()).as("%s", args).startsWith("phoenix: ");
      assertThat(result.out()).as("%s", args).isEmpty();
    }
    assertThat(portainer.fake.requests()).isEmpty();

    CliResult help = run("portainer", "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("stacks ls").contains("stacks get").contains("stacks rm").contains("--url URL")
        .contains("--api-key-file FILE").contains("--username NAME").contains("--ca FILE").contains("--insecure")
        .contains("--endpoint N").contains("--file").contains("--output text|json").contains("volumes are kept");
    assertThat(run("portainer", "stacks", "get", "--help").out()).isEqualTo(help.out());
    assertThat(run("--help").out()).contains("portainer ");
  }
}
