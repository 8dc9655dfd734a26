package dev.phoenix.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Images Phoenix's tests run, built in the engine under test from local files: no registry is
 * needed and no docker CLI is called.
 *
 * <p>{@link #busybox(DockerClient)} gives {@value #BUSYBOX}: {@code FROM scratch} plus the static
 * busybox binary (Debian's {@code busybox-static}) as {@code /bin/busybox}, every applet linked
 * into {@code /bin} ({@code sh}, {@code sleep}, {@code httpd}, {@code wget}, {@code nc},
 * {@code echo}, {@code cat}, ...), a world-writable {@code /tmp} and {@code sh} as the default
 * command. The binary is read from {@value #DEFAULT_BUSYBOX}, or from the path in the system
 * property {@value #BUSYBOX_PROPERTY}.
 *
 * <pre>{@code
 * String id = docker.createContainerCmd(TestImages.busybox(docker))
 *         .withCmd("sleep", "60")
 *         .withLabels(TestLabel.asMap())
 *         .exec().getId();
 * }</pre>
 */
public final class TestImages {

    /** The busybox test image's reference. */
    public static final String BUSYBOX = "phoenix-test/busybox:latest";

    /** The system property naming the static busybox binary to put in the image. */
    public static final String BUSYBOX_PROPERTY = "phoenix.busybox";

    /** Where Debian's {@code busybox-static} installs the binary. */
    public static final String DEFAULT_BUSYBOX = "/bin/busybox";

    /** The label holding the SHA-256 of the build context an image was built from. */
    static final String CONTEXT_LABEL = "dev.phoenix.test.context-sha256";

    // Exec-form RUN needs no shell in the image: busybox installs its own links, sh among them.
    private static final String DOCKERFILE = """
            FROM scratch
            COPY busybox /bin/busybox
            RUN ["/bin/busybox", "sh", "-c", "/bin/busybox --install -s /bin && mkdir -m 1777 /tmp"]
            CMD ["sh"]
            """;
    private static final long BUILD_TIMEOUT_SECONDS = 180;

    private TestImages() {
    }

    /**
     * Makes sure the engine holds {@value #BUSYBOX} built from the current busybox binary: an image
     * already there with the same build context is reused, else it is built (about a second).
     *
     * @param docker the engine to build in; not closed
     * @return the image reference, {@value #BUSYBOX}
     * @throws AssertionError when the busybox binary is missing or the build fails
     */
    public static synchronized String busybox(DockerClient docker) {
        byte[] context = busyboxContext(busyboxBinary());
        String digest = sha256(context);
        if (!digest.equals(contextLabel(docker, BUSYBOX))) {
            build(docker, BUSYBOX, context, digest);
        }
        return BUSYBOX;
    }

    private static Path busyboxBinary() {
        Path binary = Path.of(System.getProperty(BUSYBOX_PROPERTY, DEFAULT_BUSYBOX));
        if (!Files.isRegularFile(binary)) {
            throw new AssertionError("No static busybox binary at " + binary + ": install it"
                    + " (Debian: apt-get install -y busybox-static) or name one with -D"
                    + BUSYBOX_PROPERTY + "=PATH");
        }
        return binary;
    }

    private static byte[] busyboxContext(Path binary) {
        try {
            return new TarArchive()
                    .file("Dockerfile", 0644, DOCKERFILE.getBytes(UTF_8))
                    .file("busybox", 0755, Files.readAllBytes(binary))
                    .finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + binary, e);
        }
    }

    /** The context label of the image {@code reference}, or null when there is no such image. */
    private static String contextLabel(DockerClient docker, String reference) {
        try {
            InspectImageResponse image = docker.inspectImageCmd(reference).exec();
            Map<String, String> labels = image.getConfig() == null ? null : image.getConfig().getLabels();
            return labels == null ? null : labels.get(CONTEXT_LABEL);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static void build(DockerClient docker, String reference, byte[] context, String digest) {
        Map<String, String> labels = new HashMap<>(TestLabel.asMap());
        labels.put(CONTEXT_LABEL, digest);
        try {
            docker.buildImageCmd()
                    .withTarInputStream(new ByteArrayInputStream(context))
                    .withTags(Set.of(reference))
                    .withLabels(labels)
                    .withPull(false)
                    .withForcerm(true)
                    .exec(new BuildImageResultCallback())
                    .awaitImageId(BUILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            throw new AssertionError("Building the test image " + reference + " failed: " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
