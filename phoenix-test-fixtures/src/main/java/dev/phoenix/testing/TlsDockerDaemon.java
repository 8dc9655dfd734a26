package dev.phoenix.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A second Docker daemon of the test's own, listening only on {@code tcp://127.0.0.1:PORT} with
 * mutual TLS ({@code --tlsverify}), for tests of TLS endpoints against a real daemon.
 *
 * <pre>{@code
 * try (TlsDockerDaemon daemon = TlsDockerDaemon.start(ca.caCertificate(), server.certificate(), server.key())) {
 *     daemon.loadImage(TestImages.busybox(docker), client.certificate(), client.key());
 *     // talk to daemon.host() with the client's certificate
 * }
 * }</pre>
 *
 * <p>It lives beside the main daemon without touching it: its own configuration file (so
 * {@code /etc/docker/daemon.json} is not read), data root, exec root, pid file and containerd
 * (started by dockerd under the exec root, in namespaces of its own), its own bridge and address
 * pool ({@link HostBridge}), no iptables rules. {@link #close()} stops it by its own pid, stops
 * what it left running, unmounts what it left mounted, deletes its bridges and files; a shutdown
 * hook does the same when a test run is aborted.
 *
 * <p>Needs root, {@code ip} and {@code dockerd}; without them it fails (never skips) with an
 * {@link AssertionError} saying what to install.
 */
public final class TlsDockerDaemon implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    // A container that ignores SIGTERM holds dockerd's shutdown for its 10 s stop timeout.
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration LEFTOVER_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final int LOG_TAIL = 30;
    private static final ObjectMapper JSON = new ObjectMapper();
    // Set by the fixture as flags: dockerd refuses a directive given both ways.
    private static final Set<String> FIXTURE_KEYS = Set.of("data-root", "exec-root", "pidfile", "bridge", "bip",
            "iptables", "ip-masq", "default-address-pools", "containerd", "containerd-namespace",
            "containerd-plugins-namespace");
    private static final Set<String> TLS_KEYS = Set.of("tls", "tlsverify", "tlscacert", "tlscert", "tlskey");

    private final Path dir;
    private final int port;
    private final Path caCert;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::cleanUp, "phoenix-tls-daemon-cleanup");
    private HostBridge bridge;
    private Process process;

    private TlsDockerDaemon(Path dir, int port, Path caCert) {
        this.dir = dir;
        this.port = port;
        this.caCert = caCert;
    }

    /**
     * Starts a daemon on a plain, unencrypted TCP port on 127.0.0.1, for tests of what a client
     * says when it speaks TLS to a port that does not. Its images cannot be loaded with
     * {@link #loadImage}, which speaks TLS.
     *
     * @return the running daemon, which the caller closes
     */
    public static TlsDockerDaemon startPlain() {
        return launch(null, JSON.createObjectNode(), null, List.of());
    }

    /**
     * Starts a daemon that serves {@code serverCert} and accepts clients whose certificate
     * {@code caCert} signed, and waits until it listens.
     *
     * @param caCert the authority the daemon trusts for client certificates
     * @param serverCert the daemon's certificate
     * @param serverKey the daemon's key
     * @return the running daemon, which the caller closes
     * @throws AssertionError when something is missing or the daemon does not come up, with the
     *                        last lines of its log
     */
    public static TlsDockerDaemon start(Path caCert, Path serverCert, Path serverKey) {
        return launch(null, JSON.createObjectNode(), caCert, tlsFlags(caCert, serverCert, serverKey));
    }

    /**
     * Like {@link #start(Path, Path, Path)}, with the keys of {@code daemonJson} in the daemon's
     * configuration as well. Its {@code hosts} are replaced by the fixture's address; TLS keys and
     * the keys the fixture sets itself (data root, exec root, bridge, pools, ...) are refused.
     */
    public static TlsDockerDaemon start(Path caCert, Path serverCert, Path serverKey, Path daemonJson) {
        ObjectNode config = read(daemonJson);
        refuse(daemonJson, config, TLS_KEYS, "the TLS files are the arguments of start");
        return launch(daemonJson, config, caCert, tlsFlags(caCert, serverCert, serverKey));
    }

    /**
     * Starts a daemon whose TLS settings come from {@code daemonJson} ({@code tlsverify},
     * {@code tlscacert}, {@code tlscert}, {@code tlskey}), as a {@code daemon.json} written for a
     * real host would give them. Its {@code hosts} are replaced by {@code tcp://127.0.0.1:PORT};
     * the keys the fixture sets itself are refused.
     */
    public static TlsDockerDaemon startFromDaemonJson(Path daemonJson) {
        ObjectNode config = read(daemonJson);
        for (String key : List.of("tlscacert", "tlscert", "tlskey")) {
            if (!config.path(key).isTextual()) {
                throw new AssertionError(daemonJson + " has no \"" + key + "\": the daemon would not use TLS");
            }
        }
        if (!config.path("tlsverify").asBoolean(false)) {
            throw new AssertionError(daemonJson + " does not set \"tlsverify\": true");
        }
        return launch(daemonJson, config, Path.of(config.get("tlscacert").asText()), List.of());
    }

    /** The daemon's address: {@code tcp://127.0.0.1:PORT}. */
    public String host() {
        return "tcp://127.0.0.1:" + port;
    }

    /** The daemon's TCP port on {@code 127.0.0.1}. */
    public int port() {
        return port;
    }

    /** The name of the bridge the daemon's default network uses. */
    public String bridgeName() {
        return bridge.name();
    }

    /** The daemon's log (its standard output and error) so far. */
    public String log() {
        try {
            return Files.readString(logFile(), UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /**
     * Copies {@code image} from the main engine into this daemon with the docker CLI
     * ({@code docker save | docker load}). The transfer presents the client certificate but does
     * not verify the daemon's: this also serves daemons given deliberately broken certificates.
     *
     * @param image a reference the main engine holds
     * @param clientCert a client certificate the daemon accepts
     * @param clientKey its key
     * @return this daemon
     * @throws AssertionError when the docker CLI is missing or either side fails
     */
    public TlsDockerDaemon loadImage(String image, Path clientCert, Path clientKey) {
        ImageTransfer.copy(image, host(), caCert, clientCert.toAbsolutePath(), clientKey.toAbsolutePath(), dir);
        return this;
    }

    /**
     * Stops the daemon and everything it left behind (containerd, shims, mounts, bridges, files).
     * Calling it again does nothing.
     *
     * @throws AssertionError when something could not be cleaned up, saying what
     */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // The JVM is shutting down (the hook runs) or the hook was never added.
        }
        cleanUp();
    }

    private static TlsDockerDaemon launch(Path daemonJson, ObjectNode config, Path caCert, List<String> tlsFlags) {
        Path dockerd = checkHost();
        if (daemonJson != null) {
            refuse(daemonJson, config, FIXTURE_KEYS, "the fixture sets it");
        }
        config.remove("hosts");
        TlsDockerDaemon daemon = new TlsDockerDaemon(createDirectory(), LoopbackPorts.free(),
                caCert == null ? null : caCert.toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(daemon.shutdownHook);
        try {
            daemon.bridge = HostBridge.create();
            daemon.process = daemon.startProcess(dockerd, config, tlsFlags);
            daemon.awaitReady();
            return daemon;
        } catch (RuntimeException | AssertionError e) {
            try {
                daemon.close();
            } catch (RuntimeException | AssertionError cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private Process startProcess(Path dockerd, ObjectNode config, List<String> tlsFlags) {
        Path configFile = dir.resolve("daemon.json");
        String namespace = "phx-" + dir.getFileName();
        List<String> command = new ArrayList<>(List.of(dockerd.toString(),
                "--config-file", configFile.toString(),
                "--data-root", dir.resolve("d").toString(),
                // Short: containerd's sockets live under the exec root and socket paths are limited.
                "--exec-root", dir.resolve("e").toString(),
                "--pidfile", dir.resolve("dockerd.pid").toString(),
                "-H", host(),
                "--bridge=" + bridge.name(),
                "--iptables=false",
                "--ip-masq=false",
                "--default-address-pool", bridge.addressPool(),
                "--containerd-namespace", namespace,
                "--containerd-plugins-namespace", namespace + "-plugins"));
        command.addAll(tlsFlags);
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(configFile.toFile(), config);
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
        } catch (IOException e) {
            throw new AssertionError("Cannot start " + dockerd + ": " + e, e);
        }
    }

    /** Waits for the log line dockerd writes once it serves the API, then for the port itself. */
    private void awaitReady() {
        String listening = "API listen on 127.0.0.1:" + port;
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("dockerd exited with code " + process.exitValue() + " during start-up; "
                        + "the last lines of its log:\n" + logTail());
            }
            if (log().contains(listening) && accepts()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("dockerd did not listen on " + host() + " within " + START_TIMEOUT
                        + "; the last lines of its log:\n" + logTail());
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for dockerd", e);
            }
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void cleanUp() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<Throwable> failures = new ArrayList<>();
        attempt(failures, () -> DaemonLeftovers.stop(process, dir, STOP_TIMEOUT, LEFTOVER_TIMEOUT));
        attempt(failures, () -> DaemonLeftovers.unmountAll(dir));
        attempt(failures, () -> {
            if (bridge != null) {
                bridge.delete();
            }
        });
        attempt(failures, () -> DaemonLeftovers.deleteTree(dir));
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError("The TLS test daemon on " + host() + " was not cleaned up fully: "
                    + failures.get(0).getMessage());
            failures.forEach(error::addSuppressed);
            throw error;
        }
    }

    private static void attempt(List<Throwable> failures, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | AssertionError e) {
            failures.add(e);
        }
    }

    private Path logFile() {
        return dir.resolve("dockerd.log");
    }

    private String logTail() {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL), lines.size()));
    }

    private static Path checkHost() {
        try {
            if (!Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))) {
                throw new AssertionError("A TLS test daemon needs root (it starts dockerd and creates a bridge)");
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new AssertionError("A TLS test daemon needs Linux and root: " + e, e);
        }
        if (HostCommand.find("ip") == null) {
            throw new AssertionError("The ip command is missing; as root: apt-get install -y iproute2");
        }
        Path dockerd = HostCommand.find("dockerd");
        if (dockerd == null) {
            throw new AssertionError("dockerd is missing; as root: apt-get install -y docker.io "
                    + "(a second daemon is started from the same binary; the main one is left alone)");
        }
        return dockerd;
    }

    private static List<String> tlsFlags(Path caCert, Path serverCert, Path serverKey) {
        return List.of("--tlsverify",
                "--tlscacert", caCert.toAbsolutePath().toString(),
                "--tlscert", serverCert.toAbsolutePath().toString(),
                "--tlskey", serverKey.toAbsolutePath().toString());
    }

    private static ObjectNode read(Path daemonJson) {
        try {
            JsonNode node = JSON.readTree(daemonJson.toFile());
            if (!(node instanceof ObjectNode object)) {
                throw new AssertionError(daemonJson + " does not hold a JSON object");
            }
            return object;
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + daemonJson + ": " + e, e);
        }
    }

    private static void refuse(Path source, ObjectNode config, Set<String> keys, String why) {
        Set<String> present = new TreeSet<>();
        config.fieldNames().forEachRemaining(name -> {
            if (keys.contains(name)) {
                present.add(name);
            }
        });
        if (!present.isEmpty()) {
            throw new AssertionError(source + " sets " + present + ", which the TLS test daemon cannot take: " + why);
        }
    }

    private static Path createDirectory() {
        try {
            // Directly under /tmp with a short name: the exec root's socket paths must stay short.
            return Files.createTempDirectory(Path.of("/tmp"), "phxd");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the TLS test daemon's directory", e);
        }
    }
}
