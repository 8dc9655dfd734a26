package dev.phoenix.core.engine.internal.health;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last lines a container wrote to stdout and stderr, for the message of a failure. Reading
 * them never fails: a container whose logs cannot be read (removed, a logging driver without
 * read support) gives an empty tail, since the failure being reported matters more.
 */
final class LogTail {
  /** How many lines a failure shows. */
  static final int LINES = 20;

  private static final Logger LOG = LoggerFactory.getLogger(LogTail.class);
  private static final long READ_TIMEOUT_SECONDS = 5;

  private LogTail() {
  }

  static List<String> read(DockerClient docker, String containerId) {
    Collector collector = new Collector();
    try {
      boolean done = docker.logContainerCmd(containerId)
          .withStdOut(true)
          .withStdErr(true)
          .withTail(LINES)
          .exec(collector)
          .awaitCompletion(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!done) {
        collector.close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot read the logs of container {}: {}", containerId, e.toString());
      return List.of();
    }
    return collector.lines();
  }

  /** Gathers the frames' bytes: a frame may end in the middle of a line. */
  private static final class Collector extends ResultCallback.Adapter<Frame> {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public void onError(Throwable error) {
      // docker-java would log it at ERROR; an unreadable log only means an empty tail here.
      LOG.debug("reading a container's logs failed: {}", error.toString());
      try {
        close();
      } catch (IOException e) {
        LOG.debug("closing the log stream failed: {}", e.toString());
      }
    }

    @Override
    public synchronized void onNext(Frame frame) {
      if (frame.getPayload() != null) {
        bytes.writeBytes(frame.getPayload());
      }
    }

    synchronized List<String> lines() {
      List<String> lines = new ArrayList<>();
      for (String line : bytes.toString(UTF_8).split("\r?\n")) {
        if (!line.isBlank()) {
          lines.add(line.stripTrailing());
        }
      }
      return lines.size() <= LINES ? lines : List.copyOf(lines.subList(lines.size() - LINES, lines.size()));
    }
  }
}
