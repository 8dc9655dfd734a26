package dev.phoenix.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import dev.phoenix.testing.DockerTestEngine;
import dev.phoenix.testing.TestImages;
import dev.phoenix.testing.TlsDockerDaemon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's setup end to end through the CLI: {@code phoenix tls init} makes the certificates and
 * daemon.json, a real second dockerd runs from that daemon.json, {@code phoenix context create}
 * makes a context the docker CLI uses as it is, Phoenix deploys through it, and exporting
 * DOCKER_HOST over it gives an error that names the cause.
 */
@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class PhoenixTlsCliIT {
  @TempDir
  Path dir;

  private CliResult phoenix(Map<String, String> environment, String... args) {
    return CliResult.run(environment, args);
  }

  private static String docker(Map<String, String> environment, String... args) throws IOException,
      InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("docker"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("docker %s: %s", String.join(" ", args), output).isZero();
    return output;
  }

  @Test
  void initContextDeployAndTheSeedsFailure(DockerClient main) throws Exception {
    TestImages.busybox(main);
    Path tls = dir.resolve("tls");
    Path config = dir.resolve("docker-config");
    Map<String, String> environment = new HashMap<>(Map.of("HOME", dir.toString(), "DOCKER_CONFIG",
        config.toString()));

    CliResult init = phoenix(environment, "tls", "init", "--dir", tls.toString(), "--host", "localhost", "--ip",
        "127.0.0.1", "--days", "30");
    assertThat(init.status()).as(init.err()).isZero();
    for (String file : List.of("ca.pem", "ca-key.pem", "server-cert.pem", "server-key.pem", "cert.pem", "key.pem",
        "daemon.json")) {
      assertThat(tls.resolve(file)).exists();
    }
    assertThat(Files.getPosixFilePermissions(tls.resolve("key.pem")))
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    CliResult check = phoenix(environment, "tls", "check", "--dir", tls.toString());
    assertThat(check.status()).isZero();
    assertThat(check.out()).contains("server-cert.pem", "127.0.0.1", "localhost", "days left");

    try (TlsDockerDaemon daemon = TlsDockerDaemon.startFromDaemonJson(tls.resolve("daemon.json"))) {
      daemon.loadImage(TestImages.BUSYBOX, tls.resolve("cert.pem"), tls.resolve("key.pem"));
      // The docker CLI accepts Phoenix's certificates as they are.
      assertThat(docker(environment, "--tlsverify", "--tlscacert", tls.resolve("ca.pem").toString(), "--tlscert",
          tls.resolve("cert.pem").toString(), "--tlskey", tls.resolve("key.pem").toString(), "-H", daemon.host(),
          "version", "--format", "{{.Server.APIVersion}}")).matches("(?s)1\\.\\d+\\s*");

      CliResult created = phoenix(environment, "context", "create", "secure", "--host", daemon.host(), "--tls-dir",
          tls.toString(), "--description", "the TLS engine");
      assertThat(created.status()).as(created.err()).isZero();
      // A context Phoenix made works in docker --context.
      assertThat(docker(environment, "--context", "secure", "info", "--format", "{{.Name}}")).isNotBlank();
      assertThat(phoenix(environment, "context", "use", "secure").status()).isZero();
      assertThat(phoenix(environment, "context", "ls").out()).contains("secure *", daemon.host());

      Path compose = Files.writeString(dir.resolve("compose.yaml"), """
          services:
            web:
              image: phoenix-test/busybox:latest
              command: ["sleep", "600"]
              stop_signal: SIGKILL
          """);
      CliResult deployed = phoenix(environment, "deploy", "-f", compose.toString(), "-p", "phx-it-tlscli");
      assertThat(deployed.status()).as(deployed.err()).isZero();
      assertThat(docker(environment, "--context", "secure", "ps", "--format", "{{.Names}}")).contains(
          "phx-it-tlscli-web-1");

      // The seed: DOCKER_HOST exported over the TLS context.
      Map<String, String> seed = new HashMap<>(environment);
      seed.put("DOCKER_HOST", daemon.host());
      CliResult failed = phoenix(seed, "ps", "-p", "phx-it-tlscli");
      assertThat(failed.status()).isEqualTo(Phoenix.ENGINE_UNREACHABLE);
      assertThat(failed.err()).contains("plain HTTP", "overrides context \"secure\"", "DOCKER_TLS_VERIFY")
          .doesNotContain("\tat ");

      // Renewing the client certificate refreshes the context, which keeps working.
      CliResult renewed = phoenix(environment, "tls", "renew", "--dir", tls.toString(), "--context", "secure");
      assertThat(renewed.status()).as(renewed.err()).isZero();
      try (var files = Files.walk(config.resolve("contexts/tls"))) {
        Path stored = files.filter(file -> file.getFileName().toString().equals("cert.pem")).findFirst().orElseThrow();
        assertThat(stored).hasSameBinaryContentAs(tls.resolve("cert.pem"));
      }
      CliResult ps = phoenix(environment, "ps", "-p", "phx-it-tlscli");
      assertThat(ps.status()).as(ps.err()).isZero();
      assertThat(ps.out()).contains("phx-it-tlscli-web-1");

      assertThat(phoenix(environment, "down", "-p", "phx-it-tlscli", "-v").status()).isZero();
    }
  }
}
