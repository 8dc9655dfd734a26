package dev.phoenix.core.engine.internal.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.model.Ports;
import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.testing.DockerTestEngine;
import dev.phoenix.testing.TestImages;
import dev.phoenix.testing.TestLabel;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Containers created from a rich compose file carry every mapped field, as the engine reports it. */
@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class ContainerMappingIT {
  private static final String PROJECT_LABEL = "com.docker.compose.project";

  private final String project = "phx-it-" + UUID.randomUUID().toString().substring(0, 8);
  private DockerClient docker;

  @TempDir
  Path dir;

  @AfterEach
  void cleanUp() {
    if (docker == null) {
      return;
    }
    for (var container : docker.listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of(PROJECT_LABEL, project)).exec()) {
      docker.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true).exec();
    }
    for (Network network : docker.listNetworksCmd().withFilter("label", List.of(PROJECT_LABEL + "=" + project)).exec()) {
      docker.removeNetworkCmd(network.getId()).exec();
    }
    for (var volume : docker.listVolumesCmd().withFilter("label", List.of(PROJECT_LABEL + "=" + project)).exec()
        .getVolumes()) {
      docker.removeVolumeCmd(volume.getName()).exec();
    }
  }

  @Test
  void everyMappedFieldReachesTheEngine(DockerClient docker) throws IOException {
    this.docker = docker;
    String image = TestImages.busybox(docker);
    String api = docker.versionCmd().exec().getApiVersion();
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/hello.txt"), "hello");
    Files.writeString(dir.resolve("token.txt"), "s3cret");
    Files.writeString(dir.resolve("app.conf"), "x=1");
    int port = freePortPair();
    int subnet = 100 + (int) (Math.random() * 100);
    ComposeProject compose = load("""
        services:
          web:
            image: %s
            command: [sh, -c, "sleep 600"]
            environment: {GREETING: hi}
            labels: {own: "yes"}
            hostname: web
            working_dir: /data
            ports: ["127.0.0.1:%d-%d:9000-9001", "127.0.0.1::8080/udp"]
            expose: ["3000"]
            volumes:
              - ./data:/data:ro
              - type: bind
                source: ./data
                target: /strict
                bind: {create_host_path: false}
              - db:/db
              - /anonymous
              - type: tmpfs
                target: /scratch
                tmpfs: {size: 1m}
            tmpfs: [/tmp]
            secrets: [token]
            configs: [{source: app, target: /etc/app.conf}]
            healthcheck: {test: "true", interval: 2s, timeout: 1s, retries: 3, start_period: 1s}
            restart: on-failure:2
            cpus: 0.5
            mem_limit: 64m
            mem_reservation: 32m
            pids_limit: 64
            cpu_shares: 256
            shm_size: 8m
            oom_score_adj: 100
            ulimits: {nofile: {soft: 512, hard: 1024}}
            cap_add: [NET_ADMIN]
            cap_drop: [CAP_MKNOD]
            security_opt: ["no-new-privileges:true"]
            read_only: true
            sysctls: {net.core.somaxconn: "512"}
            logging: {driver: json-file, options: {max-size: 1m}}
            extra_hosts: ["db.local:10.1.2.3"]
            dns: [10.1.2.53]
            dns_search: [example.internal]
            init: true
            stop_signal: SIGINT
            stop_grace_period: 7s
            networks:
              front: {aliases: [www], ipv4_address: 10.%d.1.10, priority: 10}
              back: {aliases: [api], ipv4_address: 10.%d.2.10}
        networks:
          front: {ipam: {config: [{subnet: 10.%d.1.0/24}]}}
          back: {ipam: {config: [{subnet: 10.%d.2.0/24}]}}
        volumes:
          db: {}
        secrets:
          token: {file: ./token.txt}
        configs:
          app: {file: ./app.conf}
        """.formatted(image, port, port + 1, subnet, subnet, subnet, subnet));
    createNetworksAndVolumes(compose);

    String id = create(compose, "web", api);
    docker.startContainerCmd(id).exec();
    InspectContainerResponse web = docker.inspectContainerCmd(id).exec();
    assertThat(web.getState().getRunning()).isTrue();
    var config = web.getConfig();
    var host = web.getHostConfig();

    assertThat(config.getCmd()).containsExactly("sh", "-c", "sleep 600");
    assertThat(config.getEnv()).contains("GREETING=hi");
    assertThat(config.getLabels()).containsEntry("own", "yes").containsEntry(PROJECT_LABEL, project);
    assertThat(config.getHostName()).isEqualTo("web");
    assertThat(config.getWorkingDir()).isEqualTo("/data");
    assertThat(config.getExposedPorts()).contains(ExposedPort.tcp(3000), ExposedPort.tcp(9000), ExposedPort.udp(8080));
    // docker-java's ContainerConfig does not read these back: the docker CLI does
    assertThat(dockerCli("inspect", "--format", "{{.Config.StopSignal}} {{.Config.StopTimeout}}", id))
        .isEqualTo("SIGINT 7");
    assertThat(config.getHealthcheck().getTest()).containsExactly("CMD-SHELL", "true");
    assertThat(config.getHealthcheck().getInterval()).isEqualTo(2_000_000_000L);
    assertThat(config.getHealthcheck().getRetries()).isEqualTo(3);

    Map<ExposedPort, Ports.Binding[]> bound = web.getNetworkSettings().getPorts().getBindings();
    assertThat(bound.get(ExposedPort.tcp(9000))[0]).isEqualTo(new Ports.Binding("127.0.0.1", String.valueOf(port)));
    assertThat(bound.get(ExposedPort.tcp(9001))[0]).isEqualTo(new Ports.Binding("127.0.0.1", String.valueOf(port + 1)));
    assertThat(bound.get(ExposedPort.udp(8080))[0].getHostIp()).isEqualTo("127.0.0.1");
    assertThat(bound.get(ExposedPort.udp(8080))[0].getHostPortSpec()).isNotEmpty();

    Map<String, String> mounts = new HashMap<>();
    web.getMounts().forEach(m -> mounts.put(m.getDestination().getPath(),
        m.getName() + "|" + m.getSource() + "|" + m.getRW()));
    assertThat(mounts.get("/data")).endsWith(dir.resolve("data") + "|false");
    assertThat(mounts.get("/strict")).endsWith(dir.resolve("data") + "|true");
    assertThat(mounts.get("/db")).startsWith(project + "_db|");
    assertThat(mounts.get("/anonymous")).matches("[0-9a-f]{64}\\|.*\\|true");
    assertThat(mounts.get("/run/secrets/token")).endsWith(dir.resolve("token.txt") + "|false");
    assertThat(mounts.get("/etc/app.conf")).endsWith(dir.resolve("app.conf") + "|false");
    assertThat(host.getMounts()).anySatisfy(m -> {
      assertThat(m.getTarget()).isEqualTo("/scratch");
      assertThat(m.getTmpfsOptions().getSizeBytes()).isEqualTo(1L << 20);
    });
    assertThat(host.getTmpFs()).containsKey("/tmp");

    assertThat(host.getRestartPolicy().getName()).isEqualTo("on-failure");
    assertThat(host.getRestartPolicy().getMaximumRetryCount()).isEqualTo(2);
    assertThat(host.getNanoCPUs()).isEqualTo(500_000_000L);
    assertThat(host.getMemory()).isEqualTo(64L << 20);
    assertThat(host.getMemoryReservation()).isEqualTo(32L << 20);
    assertThat(host.getPidsLimit()).isEqualTo(64L);
    assertThat(host.getCpuShares()).isEqualTo(256);
    assertThat(host.getShmSize()).isEqualTo(8L << 20);
    assertThat(host.getOomScoreAdj()).isEqualTo(100);
    assertThat(host.getUlimits()).singleElement().satisfies(u -> {
      assertThat(u.getName()).isEqualTo("nofile");
      assertThat(u.getSoftLong()).isEqualTo(512L);
      assertThat(u.getHardLong()).isEqualTo(1024L);
    });
    assertThat(host.getCapAdd()).containsExactly(Capability.NET_ADMIN);
    assertThat(host.getCapDrop()).containsExactly(Capability.MKNOD);
    assertThat(host.getSecurityOpts()).containsExactly("no-new-privileges:true");
    assertThat(host.getReadonlyRootfs()).isTrue();
    assertThat(host.getSysctls()).containsEntry("net.core.somaxconn", "512");
    assertThat(host.getLogConfig().getType().getType()).isEqualTo("json-file");
    assertThat(host.getLogConfig().getConfig()).containsEntry("max-size", "1m");
    assertThat(host.getExtraHosts()).containsExactly("db.local:10.1.2.3");
    assertThat(host.getDns()).containsExactly("10.1.2.53");
    assertThat(host.getDnsSearch()).containsExactly("example.internal");
    assertThat(host.getInit()).isTrue();

    var networks = web.getNetworkSettings().getNetworks();
    var front = networks.get(project + "_front");
    var back = networks.get(project + "_back");
    assertThat(front.getIpAddress()).isEqualTo("10." + subnet + ".1.10");
    assertThat(front.getAliases()).contains("web", "www");
    assertThat(back.getIpAddress()).isEqualTo("10." + subnet + ".2.10");
    assertThat(back.getAliases()).contains("web", "api");
  }

  @Test
  void gpuRequestsAndPrivilegeAreCreated(DockerClient docker) {
    this.docker = docker;
    String image = TestImages.busybox(docker);
    ComposeProject compose = load("""
        services:
          gpu:
            image: %s
            network_mode: none
            privileged: true
            deploy:
              resources:
                reservations:
                  devices: [{driver: nvidia, count: 1, capabilities: [gpu]}]
        """.formatted(image));
    // No GPU here: the engine accepts the create and keeps the request; starting would fail.
    String id = create(compose, "gpu", docker.versionCmd().exec().getApiVersion());
    var host = docker.inspectContainerCmd(id).exec().getHostConfig();
    assertThat(host.getPrivileged()).isTrue();
    assertThat(host.getNetworkMode()).isEqualTo("none");
    assertThat(host.getDeviceRequests()).singleElement().satisfies(request -> {
      assertThat(request.getDriver()).isEqualTo("nvidia");
      assertThat(request.getCount()).isEqualTo(1);
      assertThat(request.getCapabilities()).containsExactly(List.of("gpu"));
    });
  }

  private ComposeProject load(String yaml) {
    return ComposeLoader.builder().workingDirectory(dir).projectName(project).environment(Map.of())
        .content("compose.yaml", yaml).load();
  }

  private void createNetworksAndVolumes(ComposeProject compose) {
    compose.networks().forEach((key, spec) -> {
      var ipam = new Network.Ipam().withConfig(spec.ipam().config().stream()
          .map(c -> new Network.Ipam.Config().withSubnet(c.subnet())).toList());
      docker.createNetworkCmd().withName(spec.name()).withIpam(ipam).withLabels(labels()).exec();
    });
    compose.volumes().forEach((key, spec) -> docker.createVolumeCmd().withName(spec.name()).withLabels(labels()).exec());
  }

  private Map<String, String> labels() {
    Map<String, String> labels = new HashMap<>(TestLabel.asMap());
    labels.put(PROJECT_LABEL, project);
    return labels;
  }

  /** Creates the first container of {@code service} and connects its other networks, as the deployer does. */
  private String create(ComposeProject compose, String service, String api) {
    Map<String, String> labels = labels();
    labels.put("com.docker.compose.service", service);
    String name = project + "-" + service + "-1";
    ContainerContext context = new ContainerContext(compose.services().get(service), compose, 1, name,
        compose.services().get(service).image(), labels, s -> null, api);
    ContainerRequest request = ContainerMapping.map(context);
    String id = request.applyTo(docker.createContainerCmd(context.image()).withName(name)).exec().getId();
    for (NetworkAttachment network : request.additionalNetworks()) {
      docker.connectToNetworkCmd().withNetworkId(network.networkName()).withContainerId(id)
          .withContainerNetwork(network.toContainerNetwork()).exec();
    }
    return id;
  }

  private static String dockerCli(String... args) throws IOException {
    List<String> command = new java.util.ArrayList<>(List.of("docker"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
      assertThat(process.waitFor()).as(output).isZero();
      return output;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running docker " + args[0], e);
    }
  }

  /** Two consecutive free TCP ports on 127.0.0.1. */
  private static int freePortPair() throws IOException {
    for (int attempt = 0; attempt < 20; attempt++) {
      try (ServerSocket first = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        int port = first.getLocalPort();
        if (port < 65535) {
          try (ServerSocket second = new ServerSocket(port + 1, 1, java.net.InetAddress.getLoopbackAddress())) {
            return port;
          } catch (IOException taken) {
            continue;
          }
        }
      }
    }
    throw new IOException("no two consecutive free ports found");
  }
}
