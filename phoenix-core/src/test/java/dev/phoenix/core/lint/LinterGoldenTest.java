package dev.phoenix.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One directory of stacks per rule under {@code lint/<case>/}, linted as {@code phoenix lint DIR}
 * would, compared line for line with {@code expected.txt} beside it. {@code options.properties}
 * may set {@code stagedForRemoteDaemon}, {@code swarmTarget} and {@code profiles} (comma-separated)
 * for the case.
 */
class LinterGoldenTest {

  @ParameterizedTest
  @ValueSource(strings = {"clean", "unresolved-variable", "dollar-escape", "relative-bind-mount",
      "duplicate-host-port", "duplicate-traefik-router", "container-name-replicas", "swarm-ignored-key",
      "load-error", "include", "extends", "profiles-inactive", "profiles-enabled"})
  void findingsMatchTheGoldenFile(String name) throws IOException, URISyntaxException {
    Path dir = Path.of(LinterGoldenTest.class.getResource("/lint/" + name).toURI());
    List<LintFinding> findings = Linter.lintDirectory(dir, options(dir));
    String expected = Files.readString(dir.resolve("expected.txt"));
    assertThat(Linter.render(findings, dir)).isEqualTo(expected);
  }

  private static LintOptions options(Path dir) throws IOException {
    Properties properties = new Properties();
    Path file = dir.resolve("options.properties");
    if (Files.exists(file)) {
      try (Reader reader = Files.newBufferedReader(file)) {
        properties.load(reader);
      }
    }
    Set<String> profiles = new LinkedHashSet<>();
    for (String profile : properties.getProperty("profiles", "").split(",")) {
      if (!profile.isBlank()) {
        profiles.add(profile.trim());
      }
    }
    return LintOptions.defaults()
        .withStagedForRemoteDaemon(Boolean.parseBoolean(properties.getProperty("stagedForRemoteDaemon")))
        .withSwarmTarget(Boolean.parseBoolean(properties.getProperty("swarmTarget")))
        .withProfiles(profiles);
  }
}
