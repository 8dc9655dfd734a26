package dev.phoenix.core.compose.internal.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every shared compose-go conformance case ({@code ../shared/conformance/compose}, see its
 * {@code SOURCE.md}) through the real components, one dynamic test per case, grouped by section:
 * dotenv, interpolation, merge, normalize and the full example through the whole loader.
 *
 * <p>The cases directory is the system property {@code phoenix.conformance.dir} if set, else
 * {@code <phoenix.shared.dir>/conformance/compose}; a missing one fails the run. Afterwards one line
 * {@code compose-conformance: N passed, M failed} is printed, then each failing case with its reason.
 */
class ComposeConformanceTest {
  private static final Tally TALLY = new Tally();

  @TempDir
  static Path home;

  @TestFactory
  Stream<DynamicNode> sharedCases() {
    Path dir = casesDirectory();
    if (!Files.isDirectory(dir)) {
      String reason = "the conformance cases directory " + dir + " does not exist; set -Dphoenix.conformance.dir"
          + " to a copy of shared/conformance/compose";
      TALLY.failed("cases-directory", reason);
      throw new AssertionError(reason);
    }
    return Stream.of(
        section("dotenv", () -> DotEnvCases.cases(dir.resolve("dotenv"), TALLY)),
        section("interpolation", () -> InterpolationCases.cases(dir.resolve("interpolation"), TALLY)),
        section("merge", () -> MergeCases.cases(dir.resolve("merge"), TALLY)),
        section("normalize", () -> NormalizeCases.cases(dir.resolve("normalize"), TALLY)),
        section("full-example", () -> FullExampleCases.cases(dir.resolve("full-example"), home, TALLY)));
  }

  @AfterAll
  static void printSummary() {
    TALLY.report().forEach(System.out::println);
  }

  private static Path casesDirectory() {
    String configured = System.getProperty("phoenix.conformance.dir", "");
    Path dir = configured.isBlank()
        ? Path.of(System.getProperty("phoenix.shared.dir", "../shared"), "conformance", "compose")
        : Path.of(configured);
    return dir.toAbsolutePath().normalize();
  }

  /** A section's container; a section whose cases cannot be read is one failing test. */
  private static DynamicNode section(String name, SectionCases cases) {
    try {
      return DynamicContainer.dynamicContainer(name, cases.read());
    } catch (Exception e) {
      String reason = "cannot read the cases: " + e;
      TALLY.failed(name, reason);
      return DynamicTest.dynamicTest(name, () -> {
        throw new AssertionError(name + ": " + reason, e);
      });
    }
  }

  @FunctionalInterface
  private interface SectionCases {
    Stream<DynamicNode> read() throws Exception;
  }
}
