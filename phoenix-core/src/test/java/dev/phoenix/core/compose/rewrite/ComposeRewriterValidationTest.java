package dev.phoenix.core.compose.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phoenix.api.compose.ComposeRewriteException;
import dev.phoenix.core.compose.document.ComposeDocument;
import org.junit.jupiter.api.Test;

/** Refused rewrites fail before any change, naming the service and what is wrong. */
class ComposeRewriterValidationTest {
  private static final ComposeDocument DOCUMENT = ComposeDocument.parse("compose.yaml", """
      services:
        web:
          image: nginx:1.27
        api:
          image: nginx:1.27
          labels:
            traefik.http.routers.shop-web.rule: Host(`api.example.com`)
      """);

  @Test
  void unknownServiceNamesTheServicesThatExist() {
    ComposeRewriter rewriter = ComposeRewriter.of(DOCUMENT).label("web", "a", "b").label("wbe", "a", "b");
    ComposeRewriteException e = assertThrows(ComposeRewriteException.class, rewriter::apply);
    assertEquals("wbe", e.service().orElseThrow());
    assertTrue(e.getMessage().contains("web, api"), e.getMessage());
  }

  @Test
  void conflictingRouterNameNamesBothServices() {
    ComposeRewriter rewriter = ComposeRewriter.of(DOCUMENT).project("shop")
        .traefik("web", route -> route.host("shop.example.com"));
    ComposeRewriteException e = assertThrows(ComposeRewriteException.class, rewriter::apply);
    assertTrue(e.getMessage().contains("service web") && e.getMessage().contains("service api"), e.getMessage());
  }

  @Test
  void invalidValuesAreRefusedWhenAdded() {
    ComposeRewriter rewriter = ComposeRewriter.of(DOCUMENT);
    assertThrows(ComposeRewriteException.class, () -> rewriter.limits("web", -1, "512m"));
    assertThrows(ComposeRewriteException.class, () -> rewriter.limits("web", 1, "lots"));
    assertThrows(ComposeRewriteException.class, () -> rewriter.pinImage("web", "sha256:abc"));
    assertThrows(ComposeRewriteException.class, () -> rewriter.restart("web", "sometimes"));
    assertThrows(ComposeRewriteException.class, () -> rewriter.gpu("web", 0));
    assertThrows(ComposeRewriteException.class,
        () -> rewriter.harden("web", preset -> preset.user("root")).apply());
  }

  @Test
  void hardeningCanLeaveOutNoNewPrivilegesAndTheReadOnlyRoot() {
    String text = ComposeRewriter.of(DOCUMENT)
        .harden("web", preset -> preset.noNewPrivileges(false).readOnly(false)).apply().text();
    assertTrue(text.contains("cap_drop") && text.contains("user: \"65534:65534\""), text);
    assertTrue(!text.contains("no-new-privileges") && !text.contains("read_only"), text);
  }

  @Test
  void traefikV3RefusesARegexpPathPrefix() {
    ComposeRewriter rewriter = ComposeRewriter.of(DOCUMENT)
        .traefik("web", route -> route.host("a.example.com").pathPrefix("/{id:[0-9]+}"));
    assertThrows(ComposeRewriteException.class, rewriter::apply);
  }

  @Test
  void theInputDocumentIsUnchangedAndAnEmptyChainIsIdentity() {
    assertEquals(DOCUMENT.text(), ComposeRewriter.of(DOCUMENT).apply().text());
    ComposeRewriter.of(DOCUMENT).label("web", "a", "b").apply();
    assertTrue(DOCUMENT.text().indexOf("a: b") < 0);
  }
}
