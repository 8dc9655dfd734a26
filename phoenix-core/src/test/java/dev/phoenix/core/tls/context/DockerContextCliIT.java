package dev.phoenix.core.tls.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phoenix.api.endpoint.DockerEndpoint;
import dev.phoenix.api.endpoint.TlsMaterial;
import dev.phoenix.core.tls.endpoint.EndpointResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-checks with the docker CLI in both directions, in a temporary {@code DOCKER_CONFIG}: no
 * engine is needed, only the {@code docker} and {@code openssl} binaries.
 */
class DockerContextCliIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path pem;
  @TempDir
  Path config;

  /** The CLI checks that the files it stores are PEM, so these are a real certificate and key. */
  @BeforeAll
  static void certificates() throws Exception {
    run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=phoenix-test",
        "-keyout", pem.resolve("k.pem").toString(), "-out", pem.resolve("c.pem").toString(), "-days", "1"), Map.of());
  }

  private TlsMaterial material() {
    return new TlsMaterial(pem.resolve("c.pem"), pem.resolve("c.pem"), pem.resolve("k.pem"), null);
  }

  @Test
  void aContextCreatedByTheCliIsReadByTheStoreAndTheResolver() throws Exception {
    docker("context", "create", "prod", "--description", "production", "--docker",
        "host=tcp://127.0.0.1:2376,ca=" + pem.resolve("c.pem") + ",cert=" + pem.resolve("c.pem") + ",key="
            + pem.resolve("k.pem"));
    docker("context", "create", "lab", "--docker", "host=tcp://127.0.0.1:2377,skip-tls-verify=true");

    DockerContextStore store = new DockerContextStore(config, Map.of());
    DockerContext prod = store.inspect("prod");
    assertThat(prod.host()).isEqualTo("tcp://127.0.0.1:2376");
    assertThat(prod.description()).isEqualTo("production");
    assertThat(prod.skipTlsVerify()).isFalse();
    assertThat(Files.readAllBytes(prod.tls().caCertificate())).isEqualTo(Files.readAllBytes(pem.resolve("c.pem")));
    assertThat(Files.readAllBytes(prod.tls().clientCertificate())).isEqualTo(Files.readAllBytes(pem.resolve("c.pem")));
    assertThat(Files.readAllBytes(prod.tls().clientKey())).isEqualTo(Files.readAllBytes(pem.resolve("k.pem")));
    assertThat(store.inspect("lab").skipTlsVerify()).isTrue();
    assertThat(store.inspect("lab").tls()).isNull();

    docker("context", "use", "prod");
    DockerEndpoint endpoint = EndpointResolver.resolve(Map.of(), config, null, null);
    assertThat(endpoint.host()).hasToString("tcp://127.0.0.1:2376");
    assertThat(endpoint.tls()).isEqualTo(prod.tls());
    assertThat(endpoint.source()).isEqualTo("currentContext \"prod\" in " + config.resolve("config.json"));
    assertThat(store.current()).isEqualTo("prod");
  }

  @Test
  void aContextCreatedByTheStoreIsShownByTheCli() throws Exception {
    DockerContextStore store = new DockerContextStore(config, Map.of());
    store.create("prod", "tcp://127.0.0.1:2376", material(), false, "production");
    store.create("lab", "tcp://127.0.0.1:2377", null, true, null);

    JsonNode prod = JSON.readTree(docker("context", "inspect", "prod")).get(0);
    assertThat(prod.path("Name").asText()).isEqualTo("prod");
    assertThat(prod.path("Metadata").path("Description").asText()).isEqualTo("production");
    assertThat(prod.path("Endpoints").path("docker").path("Host").asText()).isEqualTo("tcp://127.0.0.1:2376");
    assertThat(prod.path("Endpoints").path("docker").path("SkipTLSVerify").asBoolean(true)).isFalse();
    List<String> files = new ArrayList<>();
    prod.path("TLSMaterial").path("docker").forEach(file -> files.add(file.asText()));
    assertThat(files).containsExactlyInAnyOrder("ca.pem", "cert.pem", "key.pem");
    JsonNode lab = JSON.readTree(docker("context", "inspect", "lab")).get(0);
    assertThat(lab.path("Endpoints").path("docker").path("SkipTLSVerify").asBoolean(false)).isTrue();

    List<String> listed = new ArrayList<>();
    for (String line : docker("context", "ls", "--format", "{{json .}}").split("\n")) {
      JsonNode row = JSON.readTree(line);
      listed.add(row.path("Name").asText() + "|" + row.path("DockerEndpoint").asText() + "|"
          + row.path("Description").asText());
    }
    assertThat(listed).containsExactly(
        "default|unix:///var/run/docker.sock|" + DockerContextStore.DEFAULT_DESCRIPTION,
        "lab|tcp://127.0.0.1:2377|",
        "prod|tcp://127.0.0.1:2376|production");
    assertThat(store.list()).extracting(DockerContext::name).containsExactly("default", "lab", "prod");

    store.remove("lab");
    assertThat(docker("context", "ls", "--format", "{{.Name}}")).isEqualTo("default\nprod");
  }

  @Test
  void useAgreesWithTheCliOnConfigJson() throws Exception {
    Files.writeString(config.resolve("config.json"), "{\"auths\":{},\"psFormat\":\"table {{.Names}}\"}");
    DockerContextStore store = new DockerContextStore(config, Map.of());
    store.create("prod", "tcp://127.0.0.1:2376", material(), false, null);

    store.use("prod");
    String byPhoenix = Files.readString(config.resolve("config.json"));
    assertThat(docker("context", "show")).isEqualTo("prod");

    docker("context", "use", "default");
    String byCliDefault = Files.readString(config.resolve("config.json"));
    assertThat(store.current()).isEqualTo("default");
    docker("context", "use", "prod");
    assertThat(Files.readString(config.resolve("config.json"))).isEqualTo(byPhoenix);
    assertThat(store.current()).isEqualTo("prod");

    store.use("default");
    assertThat(Files.readString(config.resolve("config.json"))).isEqualTo(byCliDefault);
    assertThat(docker("context", "show")).isEqualTo("default");
  }

  @Test
  void theResolverPicksWhatTheCliPicks() throws Exception {
    DockerContextStore store = new DockerContextStore(config, Map.of());
    store.create("alpha", "unix:///tmp/alpha.sock", null, false, null);
    store.create("beta", "unix:///tmp/beta.sock", null, false, null);
    store.use("alpha");
    List<Map<String, String>> environments = List.of(Map.of(), Map.of("DOCKER_CONTEXT", "beta"),
        Map.of("DOCKER_CONTEXT", "beta", "DOCKER_HOST", "tcp://127.0.0.1:2375"),
        Map.of("DOCKER_HOST", "127.0.0.1:99"), Map.of("DOCKER_HOST", "tcp://127.0.0.1"),
        Map.of("DOCKER_HOST", "tcp://:99/path"), Map.of("DOCKER_HOST", "unix://"));
    for (Map<String, String> environment : environments) {
      Map<String, String> cliEnvironment = new HashMap<>(environment);
      cliEnvironment.put("DOCKER_CONFIG", config.toString());
      String name = run(List.of("docker", "context", "show"), cliEnvironment);
      String host = run(List.of("docker", "context", "inspect", name, "--format", "{{.Endpoints.docker.Host}}"),
          cliEnvironment);

      assertThat(new DockerContextStore(config, environment).current()).as("%s", environment).isEqualTo(name);
      assertThat(EndpointResolver.resolve(environment, config, null, null).host()).as("%s", environment)
          .hasToString(host);
    }
  }

  private String docker(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("docker"));
    command.addAll(List.of(args));
    return run(command, Map.of("DOCKER_CONFIG", config.toString()));
  }

  private static String run(List<String> command, Map<String, String> extra) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // The CLI must see only this test's configuration, never the environment of the build.
    builder.environment().keySet().removeIf(name -> name.startsWith("DOCKER_"));
    builder.environment().putAll(extra);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + output);
    }
    return output;
  }
}
