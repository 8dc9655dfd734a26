package dev.phoenix.core.engine.internal.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import dev.phoenix.api.deploy.DeploymentException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The create request of a service, field by field, without an engine. */
class ContainerMappingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private CreateContainerCmd map(String yaml, String service, String api) {
    MappingFixture fixture = new MappingFixture(dir, "shop", yaml);
    return MappingFixture.applied(ContainerMapping.map(fixture.context(service, api, s -> "id-of-" + s)));
  }

  @Test
  void commandEntrypointEnvironmentAndLabels() {
    CreateContainerCmd cmd = map("""
        services:
          web:
            image: nginx
            command: sh -c 'echo hi'
            entrypoint: []
            environment: {A: "1", BARE: null}
            labels: {own: "yes", com.docker.compose.project: "mine"}
            user: "1000:1000"
            working_dir: /srv
            hostname: web
            domainname: example.org
            tty: true
            stdin_open: true
            stop_signal: SIGINT
            stop_grace_period: 1m30s
            mac_address: 02:42:ac:11:00:02
            platform: linux/amd64
        """, "web", "1.41");
    assertThat(cmd.getCmd()).containsExactly("sh", "-c", "echo hi");
    assertThat(cmd.getEntrypoint()).isEmpty();
    assertThat(cmd.getEnv()).containsExactlyInAnyOrder("A=1", "BARE");
    assertThat(cmd.getLabels()).containsEntry("own", "yes").containsEntry("com.docker.compose.project", "shop");
    assertThat(cmd.getUser()).isEqualTo("1000:1000");
    assertThat(cmd.getWorkingDir()).isEqualTo("/srv");
    assertThat(cmd.getHostName()).isEqualTo("web");
    assertThat(cmd.getDomainName()).isEqualTo("example.org");
    assertThat(cmd.isTty()).isTrue();
    assertThat(cmd.isStdinOpen()).isTrue();
    assertThat(cmd.getStopSignal()).isEqualTo("SIGINT");
    assertThat(cmd.getStopTimeout()).isEqualTo(90);
    assertThat(cmd.getMacAddress()).isEqualTo("02:42:ac:11:00:02");
    assertThat(cmd.getPlatform()).isEqualTo("linux/amd64");
  }

  @Test
  void nullCommandKeepsTheImagesOne() {
    CreateContainerCmd cmd = map("services:\n  web:\n    image: nginx\n", "web", "1.41");
    assertThat(cmd.getCmd()).isNull();
    assertThat(cmd.getEntrypoint()).isNull();
    assertThat(cmd.getHealthcheck()).isNull();
  }

  @Test
  void portsWithHostAddressRangesProtocolAndRandomHostPort() {
    CreateContainerCmd cmd = map("""
        services:
          web:
            image: nginx
            ports: ["127.0.0.1:8080:80", "9000-9001:9000-9001/udp", "3000", "[::1]:5353:53/udp"]
            expose: ["4000-4001", "5000/udp"]
        """, "web", "1.41");
    assertThat(cmd.getExposedPorts()).contains(ExposedPort.tcp(80), ExposedPort.udp(9000), ExposedPort.udp(9001),
        ExposedPort.tcp(3000), ExposedPort.udp(53), ExposedPort.tcp(4000), ExposedPort.tcp(4001), ExposedPort.udp(5000));
    Map<ExposedPort, Ports.Binding[]> bindings = cmd.getHostConfig().getPortBindings().getBindings();
    assertThat(bindings.get(ExposedPort.tcp(80))).containsExactly(new Ports.Binding("127.0.0.1", "8080"));
    assertThat(bindings.get(ExposedPort.udp(9001))).containsExactly(new Ports.Binding("", "9001"));
    assertThat(bindings.get(ExposedPort.tcp(3000))).containsExactly(new Ports.Binding("", ""));
    assertThat(bindings.get(ExposedPort.udp(53))).containsExactly(new Ports.Binding("::1", "5353"));
    assertThat(bindings).doesNotContainKey(ExposedPort.tcp(4000));
  }

  @Test
  void mountsOfEveryKind() throws Exception {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("token.txt"), "s3cret");
    Files.writeString(dir.resolve("app.conf"), "x=1");
    CreateContainerCmd cmd = map("""
        services:
          web:
            image: nginx
            volumes:
              - ./data:/data:ro,z
              - type: bind
                source: ./data
                target: /strict
                bind: {create_host_path: false, propagation: rslave}
              - db:/var/lib/db:nocopy
              - type: volume
                source: db
                target: /labelled
                volume: {labels: {a: b}}
              - /anonymous
              - type: tmpfs
                target: /scratch
                tmpfs: {size: 64m, mode: 01777}
            tmpfs: ["/run", "/cache:size=1m"]
            secrets: [token, {source: token, target: named}]
            configs: [app, {source: app, target: /etc/app.conf}]
            volumes_from: [other:ro, "container:legacy"]
          other:
            image: nginx
        volumes:
          db: {}
        secrets:
          token: {file: ./token.txt}
        configs:
          app: {file: ./app.conf}
        """, "web", "1.41");
    HostConfig host = cmd.getHostConfig();
    assertThat(Arrays.stream(host.getBinds()).map(Bind::toString)).containsExactly(
        dir.resolve("data") + ":/data:ro,z", "shop_db:/var/lib/db:rw,nocopy");
    List<Mount> mounts = host.getMounts();
    assertThat(mounts).extracting(Mount::getTarget).containsExactly("/strict", "/labelled", "/anonymous", "/scratch",
        "/run/secrets/token", "/run/secrets/named", "/app", "/etc/app.conf");
    assertThat(mounts.get(0).getType()).isEqualTo(MountType.BIND);
    assertThat(mounts.get(0).getBindOptions().getPropagation().name()).isEqualTo("R_SLAVE");
    assertThat(mounts.get(1).getSource()).isEqualTo("shop_db");
    assertThat(mounts.get(1).getVolumeOptions().getLabels()).containsEntry("a", "b");
    assertThat(mounts.get(2).getSource()).isNull();
    assertThat(mounts.get(3).getTmpfsOptions().getSizeBytes()).isEqualTo(64L * 1024 * 1024);
    assertThat(mounts.get(3).getTmpfsOptions().getMode()).isEqualTo(01777);
    assertThat(mounts.subList(4, 8)).allSatisfy(m -> {
      assertThat(m.getType()).isEqualTo(MountType.BIND);
      assertThat(m.getReadOnly()).isTrue();
    });
    assertThat(mounts.get(4).getSource()).isEqualTo(dir.resolve("token.txt").toString());
    assertThat(host.getTmpFs()).containsEntry("/run", "").containsEntry("/cache", "size=1m");
    assertThat(Arrays.stream(host.getVolumesFrom()).map(Object::toString)).containsExactly("id-of-other:ro", "legacy:rw");
  }

  @Test
  void healthcheckInNanosecondsWithStartIntervalFromApi144() {
    String yaml = """
        services:
          web:
            image: nginx
            healthcheck:
              test: wget -q -O - http://127.0.0.1/
              interval: 5s
              timeout: 2s
              retries: 4
              start_period: 10s
              start_interval: 1s
        """;
    var old = map(yaml, "web", "1.41").getHealthcheck();
    assertThat(old.getTest()).containsExactly("CMD-SHELL", "wget -q -O - http://127.0.0.1/");
    assertThat(old.getInterval()).isEqualTo(5_000_000_000L);
    assertThat(old.getTimeout()).isEqualTo(2_000_000_000L);
    assertThat(old.getStartPeriod()).isEqualTo(10_000_000_000L);
    assertThat(old.getRetries()).isEqualTo(4);
    assertThat(old.getStartInterval()).isNull();
    assertThat(map(yaml, "web", "1.44").getHealthcheck().getStartInterval()).isEqualTo(1_000_000_000L);
    var disabled = map("services:\n  web:\n    image: nginx\n    healthcheck: {disable: true}\n", "web", "1.41");
    assertThat(disabled.getHealthcheck().getTest()).containsExactly("NONE");
  }

  @Test
  void resourcesFromServiceKeysAndDeploy() {
    HostConfig host = map("""
        services:
          web:
            image: nginx
            cpu_shares: 512
            cpuset: "0"
            memswap_limit: 1g
            shm_size: 128m
            oom_score_adj: 100
            pids_limit: 50
            ulimits: {nofile: {soft: 1024, hard: 2048}, nproc: 100}
            devices: ["/dev/null:/dev/xnull:r"]
            gpus: all
            deploy:
              resources:
                limits: {cpus: "0.5", memory: 256m}
                reservations:
                  memory: 64m
                  devices: [{driver: nvidia, count: 2, capabilities: [gpu, compute], options: {a: b}}]
        """, "web", "1.41").getHostConfig();
    assertThat(host.getNanoCPUs()).isEqualTo(500_000_000L);
    assertThat(host.getMemory()).isEqualTo(256L << 20);
    assertThat(host.getMemoryReservation()).isEqualTo(64L << 20);
    assertThat(host.getMemorySwap()).isEqualTo(1L << 30);
    assertThat(host.getShmSize()).isEqualTo(128L << 20);
    assertThat(host.getPidsLimit()).isEqualTo(50L);
    assertThat(host.getCpuShares()).isEqualTo(512);
    assertThat(host.getCpusetCpus()).isEqualTo("0");
    assertThat(host.getOomScoreAdj()).isEqualTo(100);
    assertThat(host.getUlimits()).extracting(u -> u.getName() + "=" + u.getSoftLong() + ":" + u.getHardLong())
        .containsExactlyInAnyOrder("nofile=1024:2048", "nproc=100:100");
    assertThat(host.getDevices()).extracting(d -> d.getPathOnHost() + ">" + d.getPathInContainer() + ":" + d.getcGroupPermissions())
        .containsExactly("/dev/null>/dev/xnull:r");
    assertThat(host.getDeviceRequests()).hasSize(2);
    assertThat(host.getDeviceRequests().get(0).getCount()).isEqualTo(-1);
    assertThat(host.getDeviceRequests().get(0).getCapabilities()).containsExactly(List.of("gpu"));
    var reserved = host.getDeviceRequests().get(1);
    assertThat(reserved.getDriver()).isEqualTo("nvidia");
    assertThat(reserved.getCount()).isEqualTo(2);
    assertThat(reserved.getCapabilities()).containsExactly(List.of("gpu", "compute"));
    assertThat(reserved.getOptions()).containsEntry("a", "b");
  }

  @Test
  void isolationLoggingDnsAndHosts() {
    HostConfig host = map("""
        services:
          web:
            image: nginx
            cap_add: [NET_ADMIN, cap_sys_time, ALL]
            cap_drop: [CAP_MKNOD]
            security_opt: ["no-new-privileges:true", "label=disable"]
            read_only: true
            privileged: true
            init: true
            ipc: service:other
            pid: host
            userns_mode: host
            cgroup: private
            group_add: [audio]
            runtime: runc
            sysctls: {net.core.somaxconn: "1024"}
            logging: {driver: json-file, options: {max-size: 1m}}
            dns: [10.0.0.2]
            dns_search: [example.org]
            dns_opt: [use-vc]
            extra_hosts: ["db:10.0.0.5", "v6=::1"]
            restart: on-failure:3
          other:
            image: nginx
        """, "web", "1.41").getHostConfig();
    assertThat(host.getCapAdd()).containsExactly(Capability.NET_ADMIN, Capability.SYS_TIME, Capability.ALL);
    assertThat(host.getCapDrop()).containsExactly(Capability.MKNOD);
    assertThat(host.getSecurityOpts()).containsExactly("no-new-privileges:true", "label=disable");
    assertThat(host.getReadonlyRootfs()).isTrue();
    assertThat(host.getPrivileged()).isTrue();
    assertThat(host.getInit()).isTrue();
    assertThat(host.getIpcMode()).isEqualTo("container:id-of-other");
    assertThat(host.getPidMode()).isEqualTo("host");
    assertThat(host.getUsernsMode()).isEqualTo("host");
    assertThat(host.getCgroupnsMode()).isEqualTo("private");
    assertThat(host.getGroupAdd()).containsExactly("audio");
    assertThat(host.getRuntime()).isEqualTo("runc");
    assertThat(host.getSysctls()).containsEntry("net.core.somaxconn", "1024");
    assertThat(host.getLogConfig().getType().getType()).isEqualTo("json-file");
    assertThat(host.getLogConfig().getConfig()).containsEntry("max-size", "1m");
    assertThat(host.getDns()).containsExactly("10.0.0.2");
    assertThat(host.getDnsSearch()).containsExactly("example.org");
    assertThat(host.getDnsOptions()).containsExactly("use-vc");
    assertThat(host.getExtraHosts()).containsExactly("db:10.0.0.5", "v6:::1");
    assertThat(host.getRestartPolicy().getName()).isEqualTo("on-failure");
    assertThat(host.getRestartPolicy().getMaximumRetryCount()).isEqualTo(3);
  }

  @Test
  void deployRestartPolicyWins() {
    HostConfig host = map("""
        services:
          web:
            image: nginx
            restart: always
            deploy: {restart_policy: {condition: none}}
        """, "web", "1.41").getHostConfig();
    // docker-java spells "no" as the empty name, which the engine reads the same way
    assertThat(host.getRestartPolicy()).isEqualTo(RestartPolicy.noRestart());
  }

  @Test
  void seccompProfileFileIsSentAsCompactJson() throws Exception {
    Files.writeString(dir.resolve("seccomp.json"), "{\n  \"defaultAction\": \"SCMP_ACT_ALLOW\"\n}\n");
    HostConfig host = map("""
        services:
          web:
            image: nginx
            security_opt: ["seccomp=./seccomp.json", "seccomp:unconfined"]
        """, "web", "1.41").getHostConfig();
    assertThat(host.getSecurityOpts()).containsExactly("seccomp={\"defaultAction\":\"SCMP_ACT_ALLOW\"}",
        "seccomp:unconfined");
  }

  @Test
  void primaryNetworkAtCreationOthersConnectedAfter() throws Exception {
    String yaml = """
        services:
          web:
            image: nginx
            networks:
              back:
                aliases: [api]
                ipv4_address: 172.28.0.10
                link_local_ips: [169.254.1.1]
              front:
                priority: 10
                aliases: [www]
                ipv4_address: 172.29.0.10
            links: [db:database]
          db:
            image: nginx
            networks: [back]
        networks:
          front: {}
          back: {}
        """;
    MappingFixture fixture = new MappingFixture(dir, "shop", yaml);
    ContainerRequest request = ContainerMapping.map(fixture.context("web", "1.41", s -> "id-of-" + s));
    CreateContainerCmd cmd = MappingFixture.applied(request);
    assertThat(cmd.getHostConfig().getNetworkMode()).isEqualTo("shop_front");
    assertThat(cmd.getAliases()).containsExactly("web", "www");
    assertThat(cmd.getIpv4Address()).isEqualTo("172.29.0.10");
    assertThat(Arrays.stream(cmd.getHostConfig().getLinks()).map(Object::toString))
        .containsExactly("id-of-db:database", "id-of-db:db");
    assertThat(request.additionalNetworks()).containsExactly(new NetworkAttachment("shop_back", List.of("web", "api"),
        "172.28.0.10", null, List.of("169.254.1.1"), null));
    JsonNode endpoint = JSON.valueToTree(request.additionalNetworks().get(0).toContainerNetwork());
    assertThat(endpoint.at("/IPAMConfig/IPv4Address").asText()).isEqualTo("172.28.0.10");
    assertThat(endpoint.at("/IPAMConfig/LinkLocalIPs/0").asText()).isEqualTo("169.254.1.1");

    ContainerRequest newer = ContainerMapping.map(fixture.context("web", "1.44", s -> "id-of-" + s));
    assertThat(newer.primaryAliases()).containsExactly("shop-web-1", "web", "www");
  }

  @Test
  void networkModeServiceUsesTheFirstContainer() {
    CreateContainerCmd cmd = map("""
        services:
          web:
            image: nginx
            network_mode: service:proxy
          proxy:
            image: nginx
        """, "web", "1.41");
    assertThat(cmd.getHostConfig().getNetworkMode()).isEqualTo("container:id-of-proxy");
    assertThat(cmd.getAliases()).isNull();
  }

  @Test
  void missingContainerOfAReferencedServiceIsADeploymentError() {
    MappingFixture fixture = new MappingFixture(dir, "shop", """
        services:
          web:
            image: nginx
            network_mode: service:proxy
          proxy:
            image: nginx
        """);
    assertThatThrownBy(() -> ContainerMapping.map(fixture.context("web", "1.41", s -> null)))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("stack shop").hasMessageContaining("service web").hasMessageContaining("proxy");
  }
}
