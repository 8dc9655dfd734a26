package dev.phoenix.core.tls.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.endpoint.EndpointResolutionException;
import dev.phoenix.api.endpoint.TlsMaterial;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The context store against the layout docker CLI 28 writes, in a temporary configuration directory. */
class DockerContextStoreTest {
  // sha256("prod"), the directory docker CLI 28 stores a context named "prod" under.
  private static final String PROD_HASH = "6754af9632a2745e85c293e5aac0863370d9bd3330b9938c00cadfd215227d77";

  @TempDir
  Path config;
  @TempDir
  Path certs;

  private DockerContextStore store() {
    return new DockerContextStore(config, Map.of());
  }

  private TlsMaterial material() throws IOException {
    Files.writeString(certs.resolve("my-ca.crt"), "CA");
    Files.writeString(certs.resolve("client.crt"), "CERT");
    Files.writeString(certs.resolve("client.key"), "KEY");
    return new TlsMaterial(certs.resolve("my-ca.crt"), certs.resolve("client.crt"), certs.resolve("client.key"), null);
  }

  @Test
  void createWritesTheCliLayoutWithItsModes() throws IOException {
    assertThat(ContextNames.directoryName("prod")).isEqualTo(PROD_HASH);

    store().create("prod", "tcp://127.0.0.1:2376", material(), false, "production");

    Path meta = config.resolve("contexts/meta/" + PROD_HASH + "/meta.json");
    assertThat(Files.readString(meta)).isEqualTo("{\"Name\":\"prod\",\"Metadata\":{\"Description\":\"production\"},"
        + "\"Endpoints\":{\"docker\":{\"Host\":\"tcp://127.0.0.1:2376\",\"SkipTLSVerify\":false}}}");
    assertThat(mode(meta)).isEqualTo("rw-r--r--");
    assertThat(mode(meta.getParent())).isEqualTo("rwxr-xr-x");
    Path tls = config.resolve("contexts/tls/" + PROD_HASH + "/docker");
    assertThat(Files.readString(tls.resolve("ca.pem"))).isEqualTo("CA");
    assertThat(Files.readString(tls.resolve("cert.pem"))).isEqualTo("CERT");
    assertThat(Files.readString(tls.resolve("key.pem"))).isEqualTo("KEY");
    assertThat(mode(tls.resolve("key.pem"))).isEqualTo("rw-------");
    assertThat(mode(tls.resolve("ca.pem"))).isEqualTo("rw-------");
    assertThat(mode(tls)).isEqualTo("rwx------");
    assertThat(mode(config.resolve("contexts/tls"))).isEqualTo("rwx------");
  }

  @Test
  void withoutDescriptionMetadataIsEmptyAndSkipVerifyIsKept() throws IOException {
    store().create("lab", "tcp://127.0.0.1:2377", null, true, null);

    Path meta = config.resolve("contexts/meta/" + ContextNames.directoryName("lab") + "/meta.json");
    assertThat(Files.readString(meta)).isEqualTo("{\"Name\":\"lab\",\"Metadata\":{},"
        + "\"Endpoints\":{\"docker\":{\"Host\":\"tcp://127.0.0.1:2377\",\"SkipTLSVerify\":true}}}");
    assertThat(config.resolve("contexts/tls")).doesNotExist();
    DockerContext lab = store().inspect("lab");
    assertThat(lab.skipTlsVerify()).isTrue();
    assertThat(lab.tls()).isNull();
    assertThat(lab.usesTls()).isTrue();
  }

  @Test
  void inspectReadsBackWhatWasCreated() throws IOException {
    store().create("prod", "tcp://127.0.0.1:2376", material(), false, "production");

    DockerContext prod = store().inspect("prod");
    assertThat(prod.name()).isEqualTo("prod");
    assertThat(prod.description()).isEqualTo("production");
    assertThat(prod.host()).isEqualTo("tcp://127.0.0.1:2376");
    assertThat(prod.skipTlsVerify()).isFalse();
    Path tls = config.resolve("contexts/tls/" + PROD_HASH + "/docker");
    assertThat(prod.tls()).isEqualTo(new TlsMaterial(tls.resolve("ca.pem"), tls.resolve("cert.pem"),
        tls.resolve("key.pem"), null));
    assertThat(prod.current()).isFalse();
  }

  @Test
  void refusesNamesTheCliRefuses() {
    for (String name : new String[] {"x", ".x", "-x", "a/b", "a b", ""}) {
      assertThatThrownBy(() -> store().create(name, "tcp://127.0.0.1:2376", null, false, null))
          .isInstanceOf(EndpointResolutionException.class)
          .hasMessageContaining("is invalid, names are validated against regexp \"^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$\"");
    }
    assertThatThrownBy(() -> store().create("default", "tcp://127.0.0.1:2376", null, false, null))
        .hasMessage("\"default\" is a reserved context name");
    store().create("a1_.+-", "unix:///tmp/x.sock", null, false, null);
    assertThatThrownBy(() -> store().create("a1_.+-", "tcp://127.0.0.1:2376", null, false, null))
        .hasMessage("context \"a1_.+-\" already exists");
  }

  @Test
  void refusesHostsThatAreNotEngineAddresses() {
    for (String host : new String[] {"127.0.0.1:2376", "http://x:1", "tcp://", "", " "}) {
      assertThatThrownBy(() -> store().create("prod", host, null, false, null))
          .isInstanceOf(EndpointResolutionException.class)
          .hasMessageContaining("is not an engine address");
    }
    assertThat(config.resolve("contexts")).doesNotExist();
  }

  @Test
  void aMissingTlsFileLeavesNothingBehind() throws IOException {
    TlsMaterial material = material();
    Files.delete(material.clientKey());

    assertThatThrownBy(() -> store().create("prod", "tcp://127.0.0.1:2376", material, false, null))
        .hasMessageContaining("context \"prod\"")
        .hasMessageContaining(material.clientKey().toString());
    assertThat(store().exists("prod")).isFalse();
    assertThat(config.resolve("contexts/tls/" + PROD_HASH)).doesNotExist();
  }

  @Test
  void refusesAnEncryptedKeyTheCliCouldNotRead() throws IOException {
    TlsMaterial material = material().withKeyPassword("secret");

    assertThatThrownBy(() -> store().create("prod", "tcp://127.0.0.1:2376", material, false, null))
        .hasMessageContaining("encrypted key")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
  }

  @Test
  void listsDefaultFirstThenByNameMarkingTheCurrentOne() {
    store().create("zeta", "tcp://127.0.0.1:2376", null, false, null);
    store().create("alpha", "unix:///tmp/a.sock", null, false, "first");
    store().use("zeta");

    assertThat(store().list()).extracting(DockerContext::name).containsExactly("default", "alpha", "zeta");
    assertThat(store().list()).extracting(DockerContext::current).containsExactly(false, false, true);
    DockerContext defaultContext = store().list().get(0);
    assertThat(defaultContext.description()).isEqualTo("Current DOCKER_HOST based configuration");
    assertThat(defaultContext.host()).isEqualTo("unix:///var/run/docker.sock");
    assertThat(defaultContext.metadataDirectory()).isNull();
  }

  @Test
  void theEnvironmentDecidesTheCurrentContextAsInTheCli() {
    store().create("alpha", "unix:///tmp/a.sock", null, false, null);
    store().create("beta", "unix:///tmp/b.sock", null, false, null);
    store().use("alpha");

    assertThat(store().current()).isEqualTo("alpha");
    assertThat(new DockerContextStore(config, Map.of("DOCKER_CONTEXT", "beta")).current()).isEqualTo("beta");
    DockerContextStore withHost = new DockerContextStore(config,
        Map.of("DOCKER_CONTEXT", "beta", "DOCKER_HOST", "tcp://127.0.0.1:2375"));
    assertThat(withHost.current()).isEqualTo("default");
    assertThat(withHost.list().get(0).host()).isEqualTo("tcp://127.0.0.1:2375");
    assertThat(withHost.list().get(0).current()).isTrue();
  }

  @Test
  void useKeepsEveryOtherKeyOfConfigJson() throws IOException {
    Path file = config.resolve("config.json");
    Files.writeString(file, "{\"auths\":{\"r.example\":{\"auth\":\"eA==\"}},\"psFormat\":\"x\","
        + "\"proxies\":{\"default\":{\"httpProxy\":\"http://p:3128\"}},\"currentContext\":\"old\",\"zz\":[1,2]}");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    store().create("prod", "tcp://127.0.0.1:2376", null, false, null);

    store().use("prod");

    assertThat(Files.readString(file)).isEqualTo("{\n\t\"auths\": {\n\t\t\"r.example\": {\n\t\t\t\"auth\": \"eA==\"\n"
        + "\t\t}\n\t},\n\t\"psFormat\": \"x\",\n\t\"proxies\": {\n\t\t\"default\": {\n\t\t\t\"httpProxy\": "
        + "\"http://p:3128\"\n\t\t}\n\t},\n\t\"currentContext\": \"prod\",\n\t\"zz\": [\n\t\t1,\n\t\t2\n\t]\n}");
    assertThat(mode(file)).isEqualTo("rw-r-----");
    assertThat(store().configuredContext()).contains("prod");

    store().use("default");

    assertThat(Files.readString(file)).doesNotContain("currentContext").contains("\"psFormat\": \"x\"");
    assertThat(store().current()).isEqualTo("default");
  }

  @Test
  void useCreatesConfigJsonOnlyToNameAContext() throws IOException {
    store().use("default");
    assertThat(config.resolve("config.json")).doesNotExist();

    store().create("prod", "tcp://127.0.0.1:2376", null, false, null);
    store().use("prod");

    Path file = config.resolve("config.json");
    assertThat(Files.readString(file)).isEqualTo("{\n\t\"auths\": {},\n\t\"currentContext\": \"prod\"\n}");
    assertThat(mode(file)).isEqualTo("rw-------");
    try (var leftovers = Files.list(config)) {
      assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("config.json", "contexts");
    }
  }

  @Test
  void usingOrInspectingAMissingContextListsThoseThatExist() {
    store().create("alpha", "unix:///tmp/a.sock", null, false, null);

    assertThatThrownBy(() -> store().use("nope"))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessageContaining("docker context \"nope\" not found")
        .hasMessageContaining("meta.json does not exist")
        .hasMessageContaining("are: default, alpha");
    assertThatThrownBy(() -> store().inspect("nope")).hasMessageContaining("are: default, alpha");
  }

  @Test
  void removeRefusesTheCurrentContextUnlessForced() throws IOException {
    store().create("prod", "tcp://127.0.0.1:2376", material(), false, null);
    store().use("prod");

    assertThatThrownBy(() -> store().remove("prod")).hasMessageContaining("context \"prod\" is in use");
    assertThatThrownBy(() -> new DockerContextStore(config, Map.of("DOCKER_CONTEXT", "prod")).remove("prod", false))
        .hasMessageContaining("is in use");
    assertThatThrownBy(() -> store().remove("default", true)).hasMessage("context \"default\" cannot be removed");
    assertThatThrownBy(() -> store().remove("nope")).hasMessage("context \"nope\" does not exist");

    store().remove("prod", true);

    assertThat(store().exists("prod")).isFalse();
    assertThat(config.resolve("contexts/meta/" + PROD_HASH)).doesNotExist();
    assertThat(config.resolve("contexts/tls/" + PROD_HASH)).doesNotExist();
    assertThat(store().configuredContext()).isEmpty();
    assertThat(Files.readString(config.resolve("config.json"))).contains("auths");
  }

  @Test
  void removeOfAContextThatIsNotCurrentNeedsNoForce() {
    store().create("alpha", "unix:///tmp/a.sock", null, false, null);
    store().create("beta", "unix:///tmp/b.sock", null, false, null);
    store().use("alpha");

    store().remove("beta");

    assertThat(store().names()).containsExactly("default", "alpha");
    assertThat(store().configuredContext()).contains("alpha");
  }

  @Test
  void aContextWithACertificateButNoKeyIsReportedWithTheMissingFile() throws IOException {
    store().create("prod", "tcp://127.0.0.1:2376", material(), false, null);
    Path key = config.resolve("contexts/tls/" + PROD_HASH + "/docker/key.pem");
    Files.delete(key);

    assertThatThrownBy(() -> store().inspect("prod"))
        .hasMessageContaining("context \"prod\" has a client certificate but no key")
        .hasMessageContaining(key.toString());
  }

  @Test
  void aBrokenMetaFileIsNamed() throws IOException {
    Path meta = config.resolve("contexts/meta/" + PROD_HASH + "/meta.json");
    Files.createDirectories(meta.getParent());
    Files.writeString(meta, "{not json", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> store().inspect("prod")).hasMessageContaining(meta.toString());
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
