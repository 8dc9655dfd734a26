package dev.phoenix.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class BusyboxImageIT {

    private static final long TIMEOUT_SECONDS = 30;

    @Test
    void runsAShellScriptAndReportsItsExitCodeAndOutput(DockerClient docker) throws InterruptedException {
        Run run = run(docker, "sh", "-c", "echo hello from phoenix; echo $((6*7))");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo("hello from phoenix\n42\n");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void linksTheAppletsTestsUse(DockerClient docker) throws InterruptedException {
        // Docker starts a command from PATH itself, so each applet needs its link, not just the shell's builtins.
        Run run = run(docker, "sh", "-c", "for a in sh sleep httpd wget nc echo cat; do readlink /bin/$a; done");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo("/bin/busybox\n".repeat(7));
    }

    @Test
    void reusesTheImageOnceBuiltAndLabelsIt(DockerClient docker) {
        TestImages.busybox(docker);
        String id = docker.inspectImageCmd(TestImages.BUSYBOX).exec().getId();

        long start = System.nanoTime();
        TestImages.busybox(docker);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        var image = docker.inspectImageCmd(TestImages.BUSYBOX).exec();
        assertThat(image.getId()).isEqualTo(id);
        assertThat(image.getConfig().getLabels())
                .containsEntry(TestLabel.KEY, TestLabel.VALUE)
                .containsKey(TestImages.CONTEXT_LABEL);
        assertThat(millis).isLessThan(2_000);
    }

    /** Runs a labelled container of the busybox image to its end, and removes it. */
    private static Run run(DockerClient docker, String... command) throws InterruptedException {
        String id = docker.createContainerCmd(TestImages.busybox(docker))
                .withCmd(command)
                .withLabels(TestLabel.asMap())
                .exec()
                .getId();
        try {
            docker.startContainerCmd(id).exec();
            int exitCode = docker.waitContainerCmd(id).start().awaitStatusCode(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Logs logs = new Logs();
            docker.logContainerCmd(id)
                    .withStdOut(true)
                    .withStdErr(true)
                    .exec(logs)
                    .awaitCompletion(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new Run(exitCode, logs.stdout.toString(UTF_8), logs.stderr.toString(UTF_8));
        } finally {
            docker.removeContainerCmd(id).withForce(true).exec();
        }
    }

    private record Run(int exitCode, String stdout, String stderr) {
    }

    /** Collects a container's log frames by stream; the container has no TTY, so frames are multiplexed. */
    private static final class Logs extends ResultCallback.Adapter<Frame> {
        final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        @Override
        public void onNext(Frame frame) {
            if (frame.getStreamType() == StreamType.STDOUT) {
                stdout.writeBytes(frame.getPayload());
            } else if (frame.getStreamType() == StreamType.STDERR) {
                stderr.writeBytes(frame.getPayload());
            }
        }
    }
}
