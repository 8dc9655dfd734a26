package dev.phoenix.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command of the host ({@code ip}, {@code openssl}, {@code umount}) run to its end, its standard
 * output and error read together.
 */
final class HostCommand {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private HostCommand() {
    }

    /** What a command printed and how it ended. */
    record Result(List<String> command, int exitCode, String output) {

        boolean succeeded() {
            return exitCode == 0;
        }

        /** The output, or an {@link AssertionError} with it when the command failed. */
        String orFail() {
            if (exitCode != 0) {
                throw new AssertionError(String.join(" ", command) + " exited with code " + exitCode
                        + ":\n" + output);
            }
            return output;
        }
    }

    /** Runs {@code command} and returns how it ended, whatever its exit code. */
    static Result exec(String... command) {
        return exec(List.of(command));
    }

    /** Runs {@code command} and returns how it ended, whatever its exit code. */
    static Result exec(List<String> command) {
        Path output = null;
        try {
            // A file, not a pipe: a chatty command cannot block on a full pipe while we wait for it.
            output = Files.createTempFile("phoenix-command-", ".out");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            if (!process.waitFor(DEFAULT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(String.join(" ", command) + " did not end within " + DEFAULT_TIMEOUT);
            }
            return new Result(List.copyOf(command), process.exitValue(), Files.readString(output, UTF_8));
        } catch (IOException e) {
            throw new AssertionError("Cannot run " + String.join(" ", command) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running " + String.join(" ", command), e);
        } finally {
            deleteQuietly(output);
        }
    }

    /** Runs {@code command} and returns its output, or fails with it when the exit code is not 0. */
    static String run(String... command) {
        return exec(command).orFail();
    }

    /**
     * The first executable called {@code name} in {@code PATH} or in the usual system directories
     * (root's {@code PATH} is not always the one a test runs with), or {@code null}.
     */
    static Path find(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        String dirs = path + ":/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        for (String dir : dirs.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name);
            }
        }
        return null;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is harmless; the command's result matters more.
        }
    }
}
