package dev.phoenix.core.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.compose.ComposeRewriteException;
import dev.phoenix.api.stack.ManifestException;
import dev.phoenix.api.stack.StackManifest;
import dev.phoenix.core.compose.document.ComposeDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors of {@link ManifestRenderer}, digest pinning, and rendering a discovered stack. */
class ManifestRendererTest {
  private static final String COMPOSE = "services:\n  web:\n    image: nginx:1.27\n";
  private static final String DIGEST = "sha256:" + "ab".repeat(32);

  private static ComposeDocument compose(String text) {
    return ComposeDocument.parse("compose.yaml", text);
  }

  private static StackManifest manifest(String json) {
    return StackManifests.parse("phoenix.json", json);
  }

  @Test
  void aServiceTheFileLacksIsNamedWithTheFileAndItsServices() {
    ComposeRewriteException error = assertThrows(ComposeRewriteException.class, () -> ManifestRenderer.render(
        compose(COMPOSE), manifest("{\"services\": {\"api\": {\"restart\": \"always\"}}}")));
    assertEquals("api", error.service().orElseThrow());
    assertTrue(error.getMessage().contains("$.services.api"), error.getMessage());
    assertTrue(error.getMessage().contains("compose.yaml has no such service; its services are web"),
        error.getMessage());
  }

  @Test
  void aNetworkNothingDeclaresIsAnErrorWithItsJsonPath() {
    ManifestException error = assertThrows(ManifestException.class, () -> ManifestRenderer.render(
        compose(COMPOSE), manifest("{\"services\": {\"web\": {\"networks\": [\"back\"]}}}")));
    assertEquals("$.services.web.networks", error.jsonPath().orElseThrow());
  }

  @Test
  void aNetworkDeclaredTheOtherWayByTheFileIsAnError() {
    ManifestException error = assertThrows(ManifestException.class, () -> ManifestRenderer.render(
        compose(COMPOSE + "networks:\n  traefik: {}\n"),
        manifest("{\"networks\": {\"traefik\": {\"external\": true}}}")));
    assertEquals("$.networks.traefik", error.jsonPath().orElseThrow());
  }

  @Test
  void aStartPeriodOfZeroOrBelowAMillisecondIsWrittenWhole() {
    for (Map.Entry<String, String> startPeriod : Map.of("0s", "0s", "1500us", "1ms500us", "2m0.5s", "2m500ms")
        .entrySet()) {
      String rendered = ManifestRenderer.render(compose(COMPOSE), manifest("{\"services\": {\"web\": {\"healthcheck\":"
          + " {\"command\": \"true\", \"startPeriod\": \"" + startPeriod.getKey() + "\"}}}}")).text();
      assertTrue(rendered.contains("      start_period: " + startPeriod.getValue() + "\n"), rendered);
      ComposeLoader.builder().content("compose.yaml", rendered).projectName("shop").environment(Map.of()).load();
    }
  }

  @Test
  void hardeningRunsAsTheFilesNonRootUserElseNobodyAndNeverAsRoot() {
    String hardened = "{\"services\": {\"web\": {\"hardening\": true}}}";
    String withUser = COMPOSE.replace("    image:", "    user: \"1000:1000\"\n    image:");
    assertTrue(ManifestRenderer.render(compose(withUser), manifest(hardened)).text().contains("user: \"1000:1000\""));
    assertTrue(ManifestRenderer.render(compose(COMPOSE), manifest(hardened)).text().contains("user: \"65534:65534\""));
    ComposeRewriteException root = assertThrows(ComposeRewriteException.class, () -> ManifestRenderer.render(
        compose(COMPOSE), manifest("{\"services\": {\"web\": {\"hardening\": {\"user\": \"root\"}}}}")));
    assertTrue(root.getMessage().contains("runs as a non-root user, not root"), root.getMessage());
  }

  @Test
  void aSecretResolvedOnlyAtApplyTimeCannotBeRendered() {
    ManifestException error = assertThrows(ManifestException.class, () -> ManifestRenderer.render(
        compose(COMPOSE), manifest("{\"services\": {\"web\": {\"secrets\": {\"DB\": \"vault:kv/shop#db\"}}}}")));
    assertEquals("$.services.web.secrets.DB", error.jsonPath().orElseThrow());
  }

  @Test
  void aTraefikRouteWithoutMatcherIsRefusedForTheService() {
    ComposeRewriteException error = assertThrows(ComposeRewriteException.class, () -> ManifestRenderer.render(
        compose(COMPOSE), manifest("{\"services\": {\"web\": {\"traefik\": {\"port\": 80}}}}")));
    assertEquals("web", error.service().orElseThrow());
  }

  @Test
  void pinningWithoutADigestIsLeftForALookUpAndPinsWhenOneIsGiven() {
    StackManifest pin = manifest("{\"services\": {\"web\": {\"pinDigest\": true}}}");
    assertEquals(List.of("web"), ManifestRenderer.digestsToLookUp(compose(COMPOSE), pin));
    ComposeDocument pinned = ManifestRenderer.render(compose(COMPOSE), pin, "shop", Map.of("web", DIGEST));
    assertEquals("services:\n  web:\n    image: nginx:1.27@" + DIGEST + "\n", pinned.text());
    assertEquals(List.of(), ManifestRenderer.digestsToLookUp(pinned, pin));
  }

  @Test
  void aDiscoveredStackRendersAndLoadsWithItsNameAndEnvFile(@TempDir Path stacks) throws IOException {
    Path shop = Files.createDirectories(stacks.resolve("shop"));
    Files.writeString(shop.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:${TAG}\n");
    Files.writeString(shop.resolve(".env"), "TAG=1.27\n");
    Files.writeString(shop.resolve("phoenix.json"), "{\"name\": \"store\", \"environment\": {\"TAG\": \"1.0\"},"
        + " \"services\": {\"web\": {\"traefik\": {\"host\": \"shop.example.com\"}}}}");
    DiscoveredStack stack = StacksDirectory.discover(stacks).get(0);

    RenderedStack rendered = ManifestRenderer.render(stack, Map.of(), Map.of());

    assertEquals("store", rendered.name());
    assertTrue(rendered.composeText().contains("traefik.http.routers.store-web.rule: Host(`shop.example.com`)"),
        rendered.composeText());
    assertEquals("store", rendered.project().name());
    assertEquals("nginx:1.27", rendered.project().services().get("web").image());
    assertEquals("true", rendered.project().services().get("web").labels().get("traefik.enable"));
  }
}
