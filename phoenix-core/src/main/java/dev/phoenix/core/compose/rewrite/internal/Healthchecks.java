package dev.phoenix.core.compose.rewrite.internal;

import dev.phoenix.api.compose.ComposeRewriteException;
import dev.phoenix.core.compose.document.ComposeDocument;
import java.time.Duration;
import java.util.List;

/** Writes a service's healthcheck, replacing the test and timings it had. */
public final class Healthchecks {
  private Healthchecks() {
  }

  /** Checks the values before any edit. */
  public static void check(String service, String test, Duration interval, Duration timeout, int retries) {
    if (test == null || test.isBlank()) {
      throw new ComposeRewriteException(service, "a healthcheck needs a test command");
    }
    for (Duration duration : List.of(interval, timeout)) {
      if (duration.isNegative() || duration.isZero() || duration.toNanosPart() % 1_000_000 != 0) {
        throw new ComposeRewriteException(service, "healthcheck durations are positive whole milliseconds, not "
            + duration);
      }
    }
    if (retries < 1) {
      throw new ComposeRewriteException(service, "healthcheck retries must be at least 1, not " + retries);
    }
  }

  /** The document with {@code healthcheck} set: test as {@code [CMD-SHELL, test]}, interval, timeout, retries. */
  public static ComposeDocument apply(ComposeDocument document, String service, String test, Duration interval,
      Duration timeout, int retries) {
    ComposeDocument result = document;
    if (result.has("services", service, "healthcheck", "disable")) {
      result = result.remove(Paths.service(service, "healthcheck", "disable"));
    }
    if (result.has("services", service, "healthcheck", "test")) {
      result = result.remove(Paths.service(service, "healthcheck", "test"));
    }
    List<String> testPath = Paths.service(service, "healthcheck", "test");
    result = result.add(testPath, "CMD-SHELL").add(testPath, test);
    result = result.set(Paths.service(service, "healthcheck", "interval"), compose(interval));
    result = result.set(Paths.service(service, "healthcheck", "timeout"), compose(timeout));
    return result.set(Paths.service(service, "healthcheck", "retries"), retries);
  }

  /** A duration as Compose writes it: {@code 1m30s}, {@code 500ms}, {@code 0s}. */
  public static String compose(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    if (duration.toHours() > 0) {
      text.append(duration.toHours()).append('h');
    }
    if (duration.toMinutesPart() > 0) {
      text.append(duration.toMinutesPart()).append('m');
    }
    if (duration.toSecondsPart() > 0) {
      text.append(duration.toSecondsPart()).append('s');
    }
    if (duration.toMillisPart() > 0) {
      text.append(duration.toMillisPart()).append("ms");
    }
    if (duration.toNanosPart() / 1000 % 1000 > 0) {
      text.append(duration.toNanosPart() / 1000 % 1000).append("us");
    }
    if (duration.toNanosPart() % 1000 > 0) {
      text.append(duration.toNanosPart() % 1000).append("ns");
    }
    return text.toString();
  }
}
