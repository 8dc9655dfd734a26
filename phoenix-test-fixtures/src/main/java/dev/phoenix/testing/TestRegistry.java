package dev.phoenix.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.PushResponseItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private Docker registry on {@code 127.0.0.1}, for tests that pull: Debian's
 * {@code docker-registry} (distribution 2.8) started with a configuration of its own, filesystem
 * storage in a temporary directory, no authentication. The engine trusts {@code 127.0.0.0/8} as
 * insecure registries, so pushes and pulls over plain HTTP work.
 *
 * <pre>{@code
 * try (TestRegistry registry = TestRegistry.start()) {
 *     String image = registry.push(docker, TestImages.busybox(docker), "phx-it-1234/app:1");
 *     // image is "127.0.0.1:PORT/phx-it-1234/app:1"
 * }
 * }</pre>
 *
 * <p>The binary is {@value #DEFAULT_BINARY}; without it the test fails (it never skips) with an
 * {@link AssertionError} saying to {@code apt-get install docker-registry}.
 */
public final class TestRegistry implements AutoCloseable {

    /** Where Debian's {@code docker-registry} package installs the registry. */
    public static final String DEFAULT_BINARY = "/usr/bin/docker-registry";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration PUSH_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofMillis(50);

    private final Path dir;
    private final int port;
    private final Process process;

    private TestRegistry(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts a registry on a free port of {@code 127.0.0.1} and waits until {@code GET /v2/}
     * answers.
     *
     * @return the running registry, which the caller closes
     * @throws AssertionError when the binary is missing or the registry does not come up
     */
    public static TestRegistry start() {
        Path binary = Path.of(DEFAULT_BINARY);
        if (!Files.isExecutable(binary)) {
            throw new AssertionError("The test registry " + binary + " is missing; as root: "
                    + "apt-get install -y docker-registry (.ci/run installs it)");
        }
        Path dir = createDirectory();
        int port = LoopbackPorts.free();
        Path config = dir.resolve("config.yml");
        Path log = dir.resolve("registry.log");
        Process process;
        try {
            Files.writeString(config, config(dir.resolve("storage"), port), UTF_8);
            process = new ProcessBuilder(binary.toString(), "serve", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            deleteTree(dir);
            throw new AssertionError("Cannot start the test registry " + binary + ": " + e, e);
        }
        TestRegistry registry = new TestRegistry(dir, port, process);
        try {
            registry.awaitReady(log);
            return registry;
        } catch (RuntimeException | AssertionError e) {
            registry.close();
            throw e;
        }
    }

    /** The registry's address as image references name it: {@code 127.0.0.1:PORT}. */
    public String host() {
        return "127.0.0.1:" + port;
    }

    /**
     * Tags {@code localImage} as {@code host()/repoTag}, pushes it, then removes that tag again, so
     * the pushed image is in the registry and the engine keeps only {@code localImage}.
     *
     * @param docker the engine holding {@code localImage}; not closed
     * @param localImage a local image reference or ID
     * @param repoTag the repository and tag in the registry ({@code phx-it-1234/app:1}); the tag
     *                defaults to {@code latest}
     * @return the pushed image's full reference, {@code 127.0.0.1:PORT/<repoTag>}
     * @throws AssertionError when the push fails, with the engine's answer
     */
    public String push(DockerClient docker, String localImage, String repoTag) {
        int colon = repoTag.lastIndexOf(':');
        boolean tagged = colon > repoTag.lastIndexOf('/');
        String repository = host() + "/" + (tagged ? repoTag.substring(0, colon) : repoTag);
        String tag = tagged ? repoTag.substring(colon + 1) : "latest";
        String reference = repository + ":" + tag;
        docker.tagImageCmd(localImage, repository, tag).exec();
        try {
            List<String> errors = new ArrayList<>();
            ResultCallback.Adapter<PushResponseItem> callback = new ResultCallback.Adapter<>() {
                @Override
                public void onNext(PushResponseItem item) {
                    if (item.getErrorDetail() != null) {
                        errors.add(item.getErrorDetail().getMessage());
                    } else if (item.getError() != null) {
                        errors.add(item.getError());
                    }
                }
            };
            boolean done = docker.pushImageCmd(repository).withTag(tag).exec(callback)
                    .awaitCompletion(PUSH_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (!done) {
                throw new AssertionError("Pushing " + reference + " did not finish within " + PUSH_TIMEOUT);
            }
            if (!errors.isEmpty()) {
                throw new AssertionError("Pushing " + reference + " failed: " + String.join("; ", errors));
            }
            return reference;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while pushing " + reference, e);
        } finally {
            docker.removeImageCmd(reference).withNoPrune(true).exec();
        }
    }

    /** Stops the registry process this fixture started and deletes its storage. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            deleteTree(dir);
        }
    }

    private void awaitReady(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host() + "/v2/"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("The test registry exited with code " + process.exitValue()
                        + " during start-up:\n" + readQuietly(log));
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet: poll again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for the test registry", e);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The test registry did not answer on " + host() + " within "
                        + START_TIMEOUT + ":\n" + readQuietly(log));
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for the test registry", e);
            }
        }
    }

    private static String config(Path storage, int port) {
        return """
                version: 0.1
                log:
                  level: warn
                storage:
                  filesystem:
                    rootdirectory: %s
                  delete:
                    enabled: true
                http:
                  addr: 127.0.0.1:%d
                """.formatted(storage, port);
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("phoenix-test-registry-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the test registry's directory", e);
        }
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log, UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
