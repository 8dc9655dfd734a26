package dev.phoenix.core.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.stack.StackManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StacksDirectoryTest {
  private static final String COMPOSE = "services:\n  web:\n    image: busybox:${TAG}\n    environment:\n      TZ: ${TZ}\n";

  @TempDir
  Path root;

  @Test
  void findsGoodStacksAndReportsTheOthers() throws Exception {
    write("shop/compose.yaml", COMPOSE);
    write("shop/.env", "TAG=1.36\n");
    write("shop/phoenix.json", "{\"name\": \"webshop\", \"environment\": {\"TZ\": \"UTC\", \"TAG\": \"old\"}}");
    write("My_Blog/docker-compose.yml", COMPOSE);
    write("broken/compose.yml", COMPOSE);
    write("broken/phoenix.json", "{\"services\": {\"web\": {\"traefik\": {\"port\": 0}}}}");
    write("notes/README.md", "not a stack");
    write(".git/compose.yaml", COMPOSE);
    write("loose-file.yaml", COMPOSE);

    List<DiscoveredStack> stacks = StacksDirectory.discover(root);

    assertThat(stacks).extracting(DiscoveredStack::name).containsExactly("my_blog", "broken", "webshop");
    DiscoveredStack blog = stacks.get(0);
    assertThat(blog.composeFile()).isEqualTo(root.resolve("My_Blog/docker-compose.yml"));
    assertThat(blog.envFile()).isNull();
    assertThat(blog.manifest()).isEqualTo(StackManifest.empty());
    assertThat(blog.isBroken()).isFalse();

    DiscoveredStack broken = stacks.get(1);
    assertThat(broken.isBroken()).isTrue();
    assertThat(broken.problems()).singleElement().asString()
        .startsWith(root.resolve("broken/phoenix.json") + ":1:")
        .contains("$.services.web.traefik.port");
    assertThat(broken.manifest()).isEqualTo(StackManifest.empty());
    assertThatThrownBy(broken::load).isInstanceOf(PhoenixException.class).hasMessageContaining("cannot be loaded");

    DiscoveredStack shop = stacks.get(2);
    assertThat(shop.directory()).isEqualTo(root.resolve("shop"));
    assertThat(shop.envFile()).isEqualTo(root.resolve("shop/.env"));
    assertThat(shop.manifest().environment()).containsEntry("TZ", "UTC");
  }

  @Test
  void loadsWithProcessOverEnvFileOverManifest() throws Exception {
    write("shop/compose.yaml", COMPOSE);
    write("shop/.env", "TAG=1.36\nTZ=Europe/Paris\n");
    write("shop/phoenix.json", "{\"environment\": {\"TZ\": \"UTC\", \"TAG\": \"old\"}}");
    DiscoveredStack shop = StacksDirectory.discover(root).get(0);

    ComposeProject fromFiles = shop.load(Map.of());
    assertThat(fromFiles.name()).isEqualTo("shop");
    assertThat(fromFiles.services().get("web").image()).isEqualTo("busybox:1.36");
    assertThat(fromFiles.services().get("web").environment()).containsEntry("TZ", "Europe/Paris");

    ComposeProject fromProcess = shop.load(Map.of("TZ", "Asia/Tokyo"));
    assertThat(fromProcess.services().get("web").environment()).containsEntry("TZ", "Asia/Tokyo");

    Files.delete(root.resolve("shop/.env"));
    ComposeProject fromManifest = StacksDirectory.discover(root).get(0).load(Map.of());
    assertThat(fromManifest.services().get("web").image()).isEqualTo("busybox:old");
    assertThat(fromManifest.services().get("web").environment()).containsEntry("TZ", "UTC");
  }

  @Test
  void stacksWithTheSameNameAreBothBroken() throws Exception {
    write("shop/compose.yaml", COMPOSE);
    write("Shop2/compose.yaml", COMPOSE);
    write("Shop2/phoenix.json", "{\"name\": \"shop\"}");
    write("-blog/compose.yaml", COMPOSE);
    write("blog/compose.yaml", COMPOSE);
    write("other/compose.yaml", COMPOSE);

    List<DiscoveredStack> stacks = StacksDirectory.discover(root);

    assertThat(stacks).extracting(DiscoveredStack::name).containsExactly("blog", "shop", "blog", "other", "shop");
    assertThat(stacks).filteredOn(DiscoveredStack::isBroken).hasSize(4);
    assertThat(stacks.get(3).isBroken()).isFalse();
    assertThat(stacks.get(1).problems()).singleElement().asString()
        .isEqualTo("stack name \"shop\" is also the name of " + root.resolve("shop"));
  }

  @Test
  void prefersComposeYamlAsComposeDoes() throws Exception {
    write("app/docker-compose.yml", COMPOSE);
    write("app/compose.yml", COMPOSE);
    assertThat(StacksDirectory.discover(root)).singleElement()
        .extracting(DiscoveredStack::composeFile).isEqualTo(root.resolve("app/compose.yml"));
  }

  @Test
  void aDirectoryNameWithNoValidCharacterIsAProblem() throws Exception {
    write("___/compose.yaml", COMPOSE);
    assertThat(StacksDirectory.discover(root)).singleElement()
        .satisfies(stack -> assertThat(stack.problems()).singleElement().asString().contains("set \"name\""));
  }

  @Test
  void normalizesDirectoryNamesAsCompose() {
    assertThat(StacksDirectory.normalizeName("My App.v2")).isEqualTo("myappv2");
    assertThat(StacksDirectory.normalizeName("_-web_1")).isEqualTo("web_1");
  }

  @Test
  void aMissingDirectoryIsAnError() {
    assertThatThrownBy(() -> StacksDirectory.discover(root.resolve("missing")))
        .isInstanceOf(PhoenixException.class).hasMessageContaining("cannot list the stacks directory");
  }

  private void write(String relative, String content) throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
