package dev.phoenix.core.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.deploy.PullPolicy;
import dev.phoenix.api.stack.Hardening;
import dev.phoenix.api.stack.ManifestException;
import dev.phoenix.api.stack.ServiceManifest;
import dev.phoenix.api.stack.SecretRef;
import dev.phoenix.api.stack.StackManifest;
import dev.phoenix.api.stack.TraefikRoute;
import dev.phoenix.api.stack.UpdatePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackManifestsTest {
  static final String ISSUE_EXAMPLE = """
      { "name": "shop",
        "environment": { "TZ": "UTC" },
        "networks": { "traefik": { "external": true } },
        "services": {
          "web": {
            "traefik": { "host": "shop.example.com", "pathPrefix": "/api", "port": 8080,
                         "entrypoints": ["websecure"], "tls": true, "certResolver": "le", "middlewares": ["compress"] },
            "labels": { "team": "shop" }, "environment": { "LOG_LEVEL": "info" },
            "networks": ["traefik"], "secrets": { "DB_PASSWORD": "env:SHOP_DB_PASSWORD" },
            "updates": "exclude", "hardening": true } } }
      """;

  @Test
  void emptyObjectIsTheEmptyManifest() {
    StackManifest manifest = StackManifests.parse("phoenix.json", "{}");
    assertThat(manifest).isEqualTo(StackManifest.empty());
    assertThat(manifest.isEmpty()).isTrue();
    assertThat(manifest.services()).isEmpty();
    assertThat(manifest.service("web").isEmpty()).isTrue();
  }

  @Test
  void bindsTheIssueExample() {
    StackManifest manifest = StackManifests.parse("phoenix.json", ISSUE_EXAMPLE);
    assertThat(manifest.name()).isEqualTo("shop");
    assertThat(manifest.environment()).containsExactly(Map.entry("TZ", "UTC"));
    assertThat(manifest.networks().get("traefik").external()).isTrue();
    assertThat(manifest.networks().get("traefik").name()).isNull();
    ServiceManifest web = manifest.service("web");
    TraefikRoute route = web.traefik();
    assertThat(route).isEqualTo(new TraefikRoute("shop.example.com", List.of(), "/api", 8080,
        List.of("websecure"), true, "le", List.of("compress"), null, null));
    assertThat(web.labels()).containsExactly(Map.entry("team", "shop"));
    assertThat(web.environment()).containsExactly(Map.entry("LOG_LEVEL", "info"));
    assertThat(web.networks()).containsExactly("traefik");
    assertThat(web.secrets()).containsExactly(Map.entry("DB_PASSWORD", SecretRef.env("SHOP_DB_PASSWORD")));
    assertThat(web.updates()).isEqualTo(UpdatePolicy.EXCLUDE);
    assertThat(web.hardening()).isEqualTo(Hardening.preset());
    assertThat(manifest.updatesOf("web")).isEqualTo(UpdatePolicy.EXCLUDE);
    assertThat(manifest.updatesOf("db")).isNull();
  }

  @Test
  void bindsEveryOtherPart() {
    StackManifest manifest = StackManifests.parse("phoenix.json", """
        { "target": { "uri": "portainer:https://portainer.example.com:9443?endpoint=2",
                      "removeOrphans": true, "pull": "always" },
          "updates": "include",
          "health": { "timeout": "1m30s", "rollbackOnFailure": true },
          "networks": { "backend": { "name": "shop-backend" } },
          "services": { "gpu": {
            "hardening": { "keepCapabilities": ["NET_BIND_SERVICE"], "user": "1000:1000" },
            "resources": { "limits": { "cpus": 1.5, "memory": "512m", "pids": 100 },
                           "reservations": { "cpus": 1, "memory": "128m" } },
            "gpu": { "count": 1 },
            "healthcheck": { "command": "true", "interval": "10s", "retries": 5, "startPeriod": "500ms" },
            "restart": "on-failure:3", "pinDigest": true,
            "secrets": { "KEY": "file:/run/keys/key", "TOKEN": "vault:kv/shop#token" } } } }
        """);
    assertThat(manifest.target().kind()).isEqualTo("portainer");
    assertThat(manifest.target().argument()).isEqualTo("https://portainer.example.com:9443?endpoint=2");
    assertThat(manifest.target().removeOrphans()).isTrue();
    assertThat(manifest.target().pull()).isEqualTo(PullPolicy.ALWAYS);
    assertThat(manifest.health().timeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(manifest.health().rollbackOnFailure()).isTrue();
    assertThat(manifest.updatesOf("gpu")).isEqualTo(UpdatePolicy.INCLUDE);
    ServiceManifest service = manifest.service("gpu");
    assertThat(service.hardening()).isEqualTo(new Hardening(true, List.of("NET_BIND_SERVICE"), true, List.of("/tmp"), "1000:1000"));
    assertThat(service.resources().limits().cpus()).isEqualTo(1.5);
    assertThat(service.resources().reservations().cpus()).isEqualTo(1.0);
    assertThat(service.resources().limits().pids()).isEqualTo(100);
    assertThat(service.gpu().driver()).isEqualTo("nvidia");
    assertThat(service.gpu().capabilities()).containsExactly("gpu");
    assertThat(service.healthcheck().startPeriod()).isEqualTo(Duration.ofMillis(500));
    assertThat(service.restart()).isEqualTo("on-failure:3");
    assertThat(service.pinDigest()).isTrue();
    assertThat(service.secrets().get("TOKEN")).isEqualTo(new SecretRef("vault", "kv/shop#token"));
  }

  @Test
  void hardeningFalseMeansNone() {
    StackManifest manifest = StackManifests.parse("phoenix.json", "{\"services\": {\"web\": {\"hardening\": false}}}");
    assertThat(manifest.service("web").hardening()).isNull();
  }

  @Test
  void aWrongTypeNamesThePathAndWhatWasExpected() {
    ManifestException e = failure("""
        {
          "services": {
            "web": { "traefik": { "port": "8080" } }
          }
        }
        """);
    assertThat(e.jsonPath()).contains("$.services.web.traefik.port");
    assertThat(e.location()).contains(new SourceLocation("phoenix.json", 3, 35));
    assertThat(e.detail()).isEqualTo("expected an integer, got a string");
    assertThat(e.getMessage()).isEqualTo("phoenix.json:3:35: $.services.web.traefik.port: expected an integer, got a string");
  }

  @Test
  void noValueIsCoerced() {
    assertThat(failure("{\"services\": {\"web\": {\"labels\": {\"n\": 1}}}}").detail())
        .isEqualTo("expected a string, got an integer");
    assertThat(failure("{\"services\": {\"web\": {\"pinDigest\": \"true\"}}}").detail())
        .isEqualTo("expected true or false, got a string");
    assertThat(failure("{\"services\": {\"web\": {\"traefik\": {\"port\": 80.5}}}}").detail())
        .isEqualTo("expected an integer, got a decimal number");
    assertThat(failure("{\"services\": {\"web\": {\"networks\": \"traefik\"}}}").detail())
        .isEqualTo("expected an array, got a string");
    assertThat(failure("{\"services\": {\"web\": {\"networks\": [\"a\", null]}}}").jsonPath())
        .contains("$.services.web.networks[1]");
    assertThat(failure("{\"name\": null}").detail()).startsWith("null is not allowed");
    assertThat(failure("[]").detail()).isEqualTo("expected an object, got an array");
  }

  @Test
  void anUnknownKeyGetsANearMissHint() {
    ManifestException e = failure("{\"services\": {\"web\": {\"traefik\": {\"prot\": 80}}}}");
    assertThat(e.jsonPath()).contains("$.services.web.traefik.prot");
    assertThat(e.detail()).startsWith("unknown key \"prot\"; did you mean \"port\"? (expected one of: certResolver,");
    assertThat(e.location().orElseThrow().line()).isEqualTo(1);
    ManifestException far = failure("{\"colour\": \"blue\"}");
    assertThat(far.detail()).startsWith("unknown key \"colour\" (expected one of: environment, health, name,");
    assertThat(failure("{\"services\": {\"web\": {\"hardening\": {\"readonly\": true}}}}").detail())
        .contains("did you mean \"readOnly\"?");
  }

  @Test
  void aBadSecretReferenceIsRefused() {
    ManifestException e = failure("{\"services\": {\"web\": {\"secrets\": {\"DB\": \"Env:X\"}}}}");
    assertThat(e.jsonPath()).contains("$.services.web.secrets.DB");
    assertThat(e.detail()).contains("scheme \"Env\" is not valid");
    assertThat(failure("{\"services\": {\"web\": {\"secrets\": {\"DB\": \"hunter2\"}}}}").detail())
        .contains("has no scheme").doesNotContain("hunter2\" is");
    assertThat(failure("{\"services\": {\"web\": {\"secrets\": {\"DB\": \"file:relative\"}}}}").detail())
        .contains("absolute path");
  }

  @Test
  void aPortOutOfRangeIsRefusedAtThePort() {
    ManifestException e = failure("""
        {"services": {"web": {"traefik": {"host": "a.example", "port": 70000}}}}""");
    assertThat(e.jsonPath()).contains("$.services.web.traefik.port");
    assertThat(e.detail()).isEqualTo("must be between 1 and 65535, got 70000");
    assertThat(e.location()).contains(new SourceLocation("phoenix.json", 1, 64));
  }

  @Test
  void invalidJsonGivesLineAndColumn() {
    ManifestException e = failure("{\n  \"services\": {\n    \"web\": { \"labels\": { \"a\": \"b\", } }\n  }\n}");
    assertThat(e.location().orElseThrow().line()).isEqualTo(3);
    assertThat(e.location().orElseThrow().column()).isEqualTo(36);
    assertThat(e.detail()).startsWith("invalid JSON: ");
    assertThat(e.jsonPath()).contains("$.services.web.labels.a");
    assertThat(failure("{\"name\": \"a\", \"name\": \"b\"}").detail()).contains("Duplicate field 'name'");
    assertThat(failure("{} {}").detail()).contains("trailing");
    assertThat(failure("  ").detail()).contains("empty");
  }

  @Test
  void recordChecksPointAtTheirKey() {
    assertThat(failure("{\"name\": \"Shop\"}").jsonPath()).contains("$.name");
    assertThat(failure("{\"target\": {\"uri\": \"kubernetes\"}}").jsonPath()).contains("$.target.uri");
    assertThat(failure("{\"target\": {\"uri\": \"portainer:https://p:9443\"}}").detail()).contains("?endpoint=N");
    assertThat(failure("{\"target\": {\"pull\": \"sometimes\"}}").jsonPath()).contains("$.target.pull");
    assertThat(failure("{\"health\": {\"timeout\": \"2 minutes\"}}").detail()).contains("not a duration");
    assertThat(failure("{\"health\": {\"rollbackOnFailure\": true}}").jsonPath()).contains("$.health.rollbackOnFailure");
    assertThat(failure("{\"services\": {\"web\": {\"restart\": \"sometimes\"}}}").jsonPath())
        .contains("$.services.web.restart");
    assertThat(failure("{\"services\": {\"web\": {\"hardening\": {\"tmpfs\": [\"tmp\"]}}}}").jsonPath())
        .contains("$.services.web.hardening.tmpfs");
    assertThat(failure("{\"services\": {\"web\": {\"traefik\": {\"tls\": false, \"certResolver\": \"le\"}}}}").jsonPath())
        .contains("$.services.web.traefik.certResolver");
  }

  @Test
  void durationsAreComputedAsComposeComputesThem() {
    assertThat(StackManifests.parse("phoenix.json", "{\"health\": {\"timeout\": \"1.5h\"}}").health().timeout())
        .isEqualTo(Duration.ofMinutes(90));
    ManifestException overflow = failure("{\"health\": {\"timeout\": \"9999999999h\"}}");
    assertThat(overflow.jsonPath()).contains("$.health.timeout");
    assertThat(overflow.detail()).isEqualTo("time: invalid duration \"9999999999h\"");
  }

  @Test
  void readsAFileAndNamesItInErrors(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("phoenix.json");
    Files.writeString(file, ISSUE_EXAMPLE);
    assertThat(StackManifests.read(file).name()).isEqualTo("shop");
    Files.writeString(file, "{\"nmae\": \"x\"}");
    assertThatThrownBy(() -> StackManifests.read(file))
        .isInstanceOf(ManifestException.class)
        .hasMessageStartingWith(file + ":1:");
    assertThatThrownBy(() -> StackManifests.read(dir.resolve("missing.json")))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("cannot read the manifest");
  }

  private static ManifestException failure(String json) {
    try {
      StackManifests.parse("phoenix.json", json);
    } catch (ManifestException e) {
      return e;
    }
    throw new AssertionError("expected a ManifestException for " + json);
  }
}
