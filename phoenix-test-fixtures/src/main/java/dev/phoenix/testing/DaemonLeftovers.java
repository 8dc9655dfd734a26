package dev.phoenix.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Stopping a test daemon completely: its process, the processes it started (containerd, the
 * shims that outlive it, {@code docker-proxy}), the mounts it made under its own directory, and
 * the directory itself.
 */
final class DaemonLeftovers {

    private static final Pattern OCTAL_ESCAPE = Pattern.compile("\\\\([0-7]{3})");

    private DaemonLeftovers() {
    }

    /**
     * Sends the daemon SIGTERM, waits, kills it after {@code stopTimeout}; then stops what it
     * started: its descendants and any process whose command line names {@code dir} (containerd
     * shims are re-parented to init, so only their arguments tie them to this daemon).
     */
    static void stop(Process daemon, Path dir, Duration stopTimeout, Duration leftoverTimeout) {
        Set<ProcessHandle> started = new LinkedHashSet<>();
        if (daemon != null) {
            daemon.descendants().forEach(started::add);
            terminate(daemon.toHandle(), stopTimeout);
        }
        String marker = dir.toString() + "/";
        ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(marker))
                .forEach(process -> {
                    // A shim's children are the containers it ran.
                    process.descendants().forEach(started::add);
                    started.add(process);
                });
        List<ProcessHandle> alive = started.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : alive) {
            terminate(process, leftoverTimeout);
        }
        List<String> survivors = alive.stream().filter(ProcessHandle::isAlive)
                .map(process -> process.pid() + " " + process.info().commandLine().orElse("?")).toList();
        if (!survivors.isEmpty()) {
            throw new AssertionError("Processes of the test daemon survive SIGKILL: " + survivors);
        }
    }

    /** Unmounts every mount under {@code dir}, deepest first, lazily when a plain unmount fails. */
    static void unmountAll(Path dir) {
        for (String mountPoint : mountsUnder(dir)) {
            if (!HostCommand.exec("umount", mountPoint).succeeded()) {
                HostCommand.exec("umount", "-l", mountPoint);
            }
        }
        List<String> left = mountsUnder(dir);
        if (!left.isEmpty()) {
            throw new AssertionError("Mounts of the test daemon cannot be unmounted: " + left);
        }
    }

    /**
     * Deletes {@code dir} and everything in it; refuses while something is mounted under it, since
     * deleting through a mount would delete what the mount shows.
     */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        List<String> mounts = mountsUnder(dir);
        if (!mounts.isEmpty()) {
            throw new AssertionError("Not deleting " + dir + ": still mounted under it: " + mounts);
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    /** Mount points at or under {@code dir}, deepest first. */
    static List<String> mountsUnder(Path dir) {
        String root = dir.toString();
        List<String> found = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"), UTF_8)) {
                String[] fields = line.split(" ");
                if (fields.length > 4) {
                    String mountPoint = unescape(fields[4]);
                    if (mountPoint.equals(root) || mountPoint.startsWith(root + "/")) {
                        found.add(mountPoint);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc/self/mountinfo", e);
        }
        found.sort(Comparator.comparingInt(String::length).reversed());
        return found;
    }

    private static void terminate(ProcessHandle process, Duration timeout) {
        process.destroy();
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            awaitExit(process);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Reported by the caller, which checks what is still alive.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** mountinfo writes space, tab, newline and backslash in paths as {@code \040}-style escapes. */
    private static String unescape(String field) {
        Matcher matcher = OCTAL_ESCAPE.matcher(field);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result,
                    Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(matcher.group(1), 8))));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
