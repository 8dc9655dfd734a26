package dev.phoenix.core.compose.rewrite;

import static org.junit.jupiter.api.Assertions.fail;

import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.core.compose.document.ComposeDocument;
import dev.phoenix.core.testing.UnifiedDiff;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each transform on a real-looking file: {@code compose/rewrite/<case>/input.yaml} rewritten must
 * equal {@code expected.yaml} beside it, byte for byte (a failure prints a unified diff), and both
 * must load through the Compose loader.
 */
class ComposeRewriterGoldenTest {
  private static final String DIGEST = "sha256:" + "ab".repeat(32);

  private static final Map<String, UnaryOperator<ComposeRewriter>> CASES = Map.ofEntries(
      Map.entry("traefik", r -> r.traefik("web", route -> route.host("shop.example.com").pathPrefix("/api")
          .port(8080).entrypoint("websecure").tls(true).certResolver("le").middleware("compress")
          .network("traefik"))),
      Map.entry("traefik-v2-list", r -> r.project("My Shop!").traefik("web", route -> route.version(TraefikVersion.V2)
          .host("a.example.com").host("b.example.com").hostRegexp(".+\\.shop\\.example\\.com")
          .clientIp("10.0.0.0/8").entrypoint("web").entrypoint("websecure").port(80).network("proxy"))),
      Map.entry("labels", r -> r.label("web", "tier", "front").label("db", "backup", "daily")
          .removeLabel("web", "team")),
      Map.entry("environment", r -> r.environment("web", "TZ", "UTC").environment("web", "LOG_LEVEL", "debug")
          .environment("db", "TZ", "UTC")),
      Map.entry("secret", r -> r.secret("db", "db_password", SecretSource.environment("SHOP_DB_PASSWORD"))
          .secret("web", "db_password", SecretSource.environment("SHOP_DB_PASSWORD"))
          .secret("web", "api_key", SecretSource.file("./api_key.txt"))),
      Map.entry("network-new", r -> r.attachNetwork("web", "traefik", true).attachNetwork("db", "back", false)),
      Map.entry("network-map", r -> r.attachNetwork("web", "traefik", true)),
      Map.entry("limits", r -> r.limits("web", 0.5, "512m").reservations("web", 0.25, "128m")),
      Map.entry("harden", r -> r.harden("web", preset -> preset.keepCapabilities("NET_BIND_SERVICE")
          .writablePaths("/tmp", "/var/cache/nginx").user("1000:1000")).harden("db", preset -> preset)),
      Map.entry("gpu", r -> r.gpu("web", 2).gpu("db", "all")),
      Map.entry("update-exclusion", r -> r.excludeFromUpdates("db")),
      Map.entry("healthcheck", r -> r.healthcheck("web", "wget -q -O - http://127.0.0.1/", Duration.ofSeconds(30),
          Duration.ofSeconds(5), 3).healthcheck("db", "pg_isready", Duration.ofSeconds(90), Duration.ofMillis(500), 5)),
      Map.entry("restart", r -> r.restart("web", "unless-stopped").restart("db", "on-failure:3")),
      Map.entry("pin-image", r -> r.pinImage("web", DIGEST).pinImage("db", DIGEST)));

  @TestFactory
  Stream<DynamicTest> transformsMatchTheirGoldenFiles() {
    return CASES.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
  }

  private static void check(String name) throws IOException {
    String input = resource(name + "/input.yaml");
    load(name + "/input.yaml", input);
    ComposeDocument original = ComposeDocument.parse("compose.yaml", input);
    String actual = CASES.get(name).apply(ComposeRewriter.of(original)).apply().text();
    String out = System.getProperty("phoenix.golden.write");
    if (out != null) {
      Files.writeString(Path.of(out, name + ".yaml"), actual);
    }
    String expected = resource(name + "/expected.yaml");
    if (!expected.equals(actual)) {
      fail(name + ": the rewritten text differs from expected.yaml\n"
          + UnifiedDiff.of(name + "/expected.yaml", expected, name + " (rewritten)", actual));
    }
    load(name + " (rewritten)", actual);
    if (!original.text().equals(input)) {
      fail(name + ": the input document changed");
    }
  }

  private static void load(String what, String text) {
    try {
      ComposeLoader.builder().content("compose.yaml", text).projectName("golden").load();
    } catch (RuntimeException e) {
      fail(what + " does not load: " + e.getMessage(), e);
    }
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = ComposeRewriterGoldenTest.class.getResourceAsStream("/compose/rewrite/" + path)) {
      if (in == null) {
        return "";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
