package dev.phoenix.core.compose.internal.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * The outcome of every conformance case, for the summary: a case passes when the component's
 * result is the shared expectation, and fails otherwise, with a one-line reason.
 */
final class Tally {
  private static final int REASON_LENGTH = 200;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final List<String> passed = new ArrayList<>();
  private final List<String> failed = new ArrayList<>();

  /** A test running {@code check} as the case {@code section/name}. */
  DynamicTest test(String section, String name, Executable check) {
    String id = section + "/" + name;
    return DynamicTest.dynamicTest(name, () -> {
      try {
        check.execute();
      } catch (Throwable e) {
        failed(id, reason(e));
        throw e;
      }
      passed(id);
    });
  }

  /**
   * A test for a case whose shared expectation is known to be wrong: it counts as failed when the
   * component does not meet {@code sharedCheck}, with {@code dispute} as the reason, while the test
   * itself asserts {@code upstreamCheck}, what compose-go really does.
   */
  DynamicTest disputed(String section, String name, String dispute, Executable sharedCheck, Executable upstreamCheck) {
    String id = section + "/" + name;
    return DynamicTest.dynamicTest(name + " (disputed)", () -> {
      try {
        sharedCheck.execute();
        passed(id);
      } catch (AssertionError e) {
        failed(id, "disputed: " + dispute);
      } catch (Throwable e) {
        failed(id, reason(e));
        throw e;
      }
      upstreamCheck.execute();
    });
  }

  /** A case that could not even be set up (missing directory, unreadable index) fails as {@code id}. */
  synchronized void failed(String id, String reason) {
    failed.add(id + ": " + reason);
  }

  private synchronized void passed(String id) {
    passed.add(id);
  }

  /** The summary line, then each failing case with its reason. */
  synchronized List<String> report() {
    List<String> lines = new ArrayList<>();
    lines.add("compose-conformance: " + passed.size() + " passed, " + failed.size() + " failed");
    failed.forEach(line -> lines.add("  " + line));
    return lines;
  }

  private static String reason(Throwable e) {
    // Assertion messages spread over several lines; the reason is their start, on one line.
    String message = e.getMessage() == null ? "" : WHITESPACE.matcher(e.getMessage().strip()).replaceAll(" ");
    if (!(e instanceof AssertionError)) {
      message = e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
    return message.length() <= REASON_LENGTH ? message : message.substring(0, REASON_LENGTH) + "...";
  }
}
