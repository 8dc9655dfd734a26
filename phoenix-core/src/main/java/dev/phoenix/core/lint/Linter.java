package dev.phoenix.core.lint;

import dev.phoenix.core.lint.internal.StackDirectory;
import dev.phoenix.core.lint.internal.StackLinter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Lints Compose stacks offline, without a Docker daemon: unresolved variables, a {@code $} that
 * should be {@code $$}, relative bind mounts in stacks staged for a remote daemon, host ports and
 * Traefik routers used twice, {@code container_name} with replicas, keys a Swarm ignores. Every
 * finding names its file, line and column.
 *
 * <pre>{@code
 * List<LintFinding> findings = Linter.lintDirectory(stacksDir, LintOptions.defaults());
 * System.out.print(Linter.render(findings, stacksDir));
 * }</pre>
 *
 * <p>A stack that does not load is one {@code load-error} finding; the others are still linted.
 */
public final class Linter {
  private Linter() {
  }

  /** Lints {@code stacks} with no environment but their {@code .env} files. */
  public static List<LintFinding> lint(List<LintedStack> stacks) {
    return lint(stacks, LintOptions.defaults());
  }

  /**
   * Lints {@code stacks}; of the options only the environment applies, each stack says how it is
   * deployed.
   */
  public static List<LintFinding> lint(List<LintedStack> stacks, LintOptions options) {
    Objects.requireNonNull(stacks, "stacks");
    Objects.requireNonNull(options, "options");
    return new StackLinter(options.environment()).lint(stacks);
  }

  /**
   * Lints every stack of {@code directory}: each subdirectory holding {@code compose.yaml},
   * {@code compose.yml}, {@code docker-compose.yml} or {@code docker-compose.yaml}, with its
   * {@code .env} when present.
   */
  public static List<LintFinding> lintDirectory(Path directory, LintOptions options) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(options, "options");
    // Absolute first: a stack's files are resolved against its directory, which a relative path would repeat.
    Path absolute = directory.toAbsolutePath().normalize();
    return lint(StackDirectory.discover(absolute, options.stagedForRemoteDaemon(), options.swarmTarget()), options);
  }

  /**
   * The findings as text, one per line: {@code file:line:column: severity rule: message}, files
   * shown relative to {@code base} when below it.
   */
  public static String render(List<LintFinding> findings, Path base) {
    StringBuilder text = new StringBuilder();
    for (LintFinding finding : findings) {
      text.append(finding.render(base)).append('\n');
    }
    return text.toString();
  }
}
