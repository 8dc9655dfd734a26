package dev.phoenix.testing;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The Docker engine Phoenix's integration tests run against, reached through docker-java.
 *
 * <p>The engine is the one at {@code DOCKER_HOST} (with {@code DOCKER_TLS_VERIFY} and
 * {@code DOCKER_CERT_PATH} when set), else the default socket
 * {@code unix:///var/run/docker.sock}. No API version is forced, so older engines answer too.
 * When no engine answers, the test fails with an {@link AssertionError} that says how to start
 * one: a test that needs Docker never skips, so a CI run without Docker fails.
 *
 * <p>As a JUnit extension it hands every test in the run the same checked client, closed when the
 * run ends:
 *
 * <pre>{@code
 * @Tag("docker")
 * @ExtendWith(DockerTestEngine.class)
 * class SomethingIT {
 *     @Test
 *     void runs(DockerClient docker) { ... }
 * }
 * }</pre>
 *
 * <p>Outside JUnit, {@link #connect()} returns a checked client that the caller closes.
 */
public final class DockerTestEngine implements BeforeAllCallback, ParameterResolver {

    /** Where the engine listens when {@code DOCKER_HOST} is not set. */
    public static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    // The longest silence allowed inside one response; builds and log streams send data well before.
    private static final Duration RESPONSE_TIMEOUT = Duration.ofMinutes(5);
    private static final List<String> TLS_FILES = List.of("ca.pem", "cert.pem", "key.pem");
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DockerTestEngine.class);

    /**
     * Connects to the engine named by this process's environment and checks that it answers.
     *
     * @return a client the caller closes
     * @throws AssertionError when no engine answers, saying how to start one
     */
    public static DockerClient connect() {
        return connect(System.getenv());
    }

    /**
     * Connects to the engine named by {@code env} and checks that it answers.
     *
     * @param env the environment to read {@code DOCKER_HOST}, {@code DOCKER_TLS_VERIFY},
     *            {@code DOCKER_CERT_PATH} and {@code HOME} from
     * @return a client the caller closes
     * @throws AssertionError when no engine answers, saying how to start one
     */
    static DockerClient connect(Map<String, String> env) {
        DefaultDockerClientConfig config = config(env);
        DockerClient client = DockerClientImpl.getInstance(config, new ZerodepDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(CONNECT_TIMEOUT)
                .responseTimeout(RESPONSE_TIMEOUT)
                .build());
        try {
            client.pingCmd().exec();
            Version version = client.versionCmd().exec();
            if (version.getApiVersion() == null) {
                throw new IllegalStateException("the engine did not report its API version");
            }
            return client;
        } catch (RuntimeException e) {
            closeQuietly(client, e);
            throw new AssertionError(noEngineMessage(config.getDockerHost(), e), e);
        }
    }

    /**
     * The engine address {@code env} names: {@code DOCKER_HOST} when set and not blank, else
     * {@link #DEFAULT_HOST}.
     */
    static String dockerHost(Map<String, String> env) {
        String host = env.get("DOCKER_HOST");
        return host == null || host.isBlank() ? DEFAULT_HOST : host.trim();
    }

    private static DefaultDockerClientConfig config(Map<String, String> env) {
        String host = dockerHost(env);
        try {
            URI.create(host);
        } catch (IllegalArgumentException e) {
            throw new AssertionError("DOCKER_HOST is not a valid address: " + host, e);
        }
        // A fresh builder, not docker-java's default one, so only env decides (no properties files,
        // no CLI context) and no API version is forced.
        DefaultDockerClientConfig.Builder builder = new DefaultDockerClientConfig.Builder().withDockerHost(host);
        String tlsVerify = env.get("DOCKER_TLS_VERIFY");
        if (tlsVerify != null && !tlsVerify.isEmpty()) {
            builder.withDockerTlsVerify(true).withDockerCertPath(certPath(env).toString());
        }
        return builder.build();
    }

    /**
     * The TLS material's directory, checked to be complete: docker-java falls back to plain HTTP,
     * without a word, when the client certificate or key is missing.
     */
    private static Path certPath(Map<String, String> env) {
        String explicit = env.get("DOCKER_CERT_PATH");
        Path dir = explicit != null && !explicit.isEmpty()
                ? Path.of(explicit)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".docker");
        for (String name : TLS_FILES) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                throw new AssertionError("DOCKER_TLS_VERIFY is set but " + dir.resolve(name)
                        + " is missing: the TLS directory needs ca.pem, cert.pem and key.pem");
            }
        }
        return dir;
    }

    private static String noEngineMessage(URI host, RuntimeException cause) {
        return "No Docker engine answers at " + host + " (" + cause + ").\n"
                + "Phoenix's tests tagged \"docker\" need one and fail without it. To start one, as root:\n"
                + "  apt-get install -y docker.io busybox-static   # Debian, once\n"
                + "  dockerd > dockerd.log 2>&1 &                  # or: systemctl start docker\n"
                + "or point DOCKER_HOST at a running engine; .ci/run does all of this for a full build.\n"
                + "On a workstation without Docker, -Dphoenix.test.excludedGroups=docker leaves these tests out.";
    }

    private static void closeQuietly(DockerClient client, Throwable failure) {
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Connects before the first test of the class, so that a missing engine fails the class with
     * the message of {@link #connect()} itself.
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        sharedClient(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DockerClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return sharedClient(context);
    }

    private static DockerClient sharedClient(ExtensionContext context) {
        // The root store lives as long as the test run and closes what it holds at the end.
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(SharedClient.class, key -> new SharedClient(connect()), SharedClient.class)
                .client();
    }

    /** The run's one client, as a store value JUnit closes when the run ends. */
    private record SharedClient(DockerClient client) implements AutoCloseable {
        @Override
        public void close() {
            try {
                client.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
