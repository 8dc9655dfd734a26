package dev.phoenix.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code docker save IMAGE | docker -H TARGET load}: an image copied from the main engine to a test daemon. */
final class ImageTransfer {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private ImageTransfer() {
    }

    /**
     * Copies {@code image} into the TLS daemon at {@code host}, presenting the client certificate.
     * {@code --tls} without {@code --tlsverify}: the CA file must be readable, but the daemon's own
     * certificate is not checked, so daemons given deliberately broken certificates get images too.
     *
     * @param workDir where the two commands' output and the CLI's own configuration go
     */
    static void copy(String image, String host, Path caCert, Path clientCert, Path clientKey, Path workDir) {
        Path docker = HostCommand.find("docker");
        if (docker == null) {
            throw new AssertionError("The docker CLI is missing; as root: apt-get install -y docker.io");
        }
        Path saveLog = workDir.resolve("save.log");
        Path loadLog = workDir.resolve("load.log");
        ProcessBuilder save = new ProcessBuilder(docker.toString(), "save", image)
                .redirectError(saveLog.toFile());
        ProcessBuilder load = new ProcessBuilder(docker.toString(), "-H", host, "--tls",
                "--tlscacert", caCert.toString(), "--tlscert", clientCert.toString(), "--tlskey", clientKey.toString(),
                "load")
                .redirectErrorStream(true)
                .redirectOutput(loadLog.toFile());
        // Only the flags speak to the test daemon: no variable or context of the caller's.
        for (String variable : List.of("DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH")) {
            load.environment().remove(variable);
        }
        load.environment().put("DOCKER_CONFIG", workDir.resolve("cli").toString());
        try {
            List<Process> pipeline = ProcessBuilder.startPipeline(List.of(save, load));
            for (Process step : pipeline) {
                if (!step.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    pipeline.forEach(Process::destroyForcibly);
                    throw new AssertionError("Loading " + image + " into " + host + " took over " + TIMEOUT);
                }
            }
            if (pipeline.get(0).exitValue() != 0 || pipeline.get(1).exitValue() != 0) {
                throw new AssertionError("Loading " + image + " into " + host + " failed:\ndocker save: "
                        + Files.readString(saveLog, UTF_8) + "\ndocker load: " + Files.readString(loadLog, UTF_8));
            }
        } catch (IOException e) {
            throw new AssertionError("Cannot run the docker CLI to load " + image + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while loading " + image, e);
        }
    }
}
