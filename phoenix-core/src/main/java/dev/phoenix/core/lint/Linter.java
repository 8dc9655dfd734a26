package dev.phoenix.core.lint;

import dev.phoenix.core.lint.internal.StackLinter;
import dev.phoenix.core.stack.DiscoveredStack;
import dev.phoenix.core.stack.StackManifests;
import dev.phoenix.core.stack.StacksDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lints Compose stacks offline, without a Docker daemon: unresolved variables, a {@code $} that
 * should be {@code $$}, relative bind mounts in stacks staged for a remote daemon, host ports and
 * Traefik routers used twice, {@code container_name} with replicas, keys a Swarm ignores. The
 * files a stack {@code include}s and the files its services {@code extends} are checked too, and
 * host ports and routers count only for the services the active profiles enable. Every finding
 * names its file, line and column.
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
   * Lints {@code stacks}; of the options only the environment and the profiles apply, each stack
   * says how it is deployed.
   */
  public static List<LintFinding> lint(List<LintedStack> stacks, LintOptions options) {
    Objects.requireNonNull(stacks, "stacks");
    Objects.requireNonNull(options, "options");
    return new StackLinter(options.environment(), options.profiles()).lint(stacks);
  }

  /**
   * Lints every stack of {@code directory}, found as {@link StacksDirectory#discover} finds them
   * (each subdirectory holding a compose file, with its {@code .env} and {@code phoenix.json} when
   * present). A stack discovery refuses (a broken manifest, a name used twice) is one
   * {@code stack-error} finding per problem, and the others are linted.
   */
  public static List<LintFinding> lintDirectory(Path directory, LintOptions options) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(options, "options");
    // Absolute first: a stack's files are resolved against its directory, which a relative path would repeat.
    Path absolute = directory.toAbsolutePath().normalize();
    List<LintedStack> stacks = new ArrayList<>();
    List<LintFinding> findings = new ArrayList<>();
    for (DiscoveredStack stack : StacksDirectory.discover(absolute)) {
      if (stack.isBroken()) {
        Path manifest = stack.directory().resolve(StackManifests.FILE_NAME);
        Path file = Files.isRegularFile(manifest) ? manifest : stack.composeFile();
        for (String problem : stack.problems()) {
          findings.add(new LintFinding(Severity.ERROR, "stack-error", stack.name(), file, 0, 0, problem));
        }
      } else {
        stacks.add(new LintedStack(stack.name(), stack.directory(), List.of(stack.composeFile()), stack.envFile(),
            options.stagedForRemoteDaemon(), options.swarmTarget()));
      }
    }
    findings.addAll(lint(stacks, options));
    findings.sort(LintFinding.ORDER);
    return List.copyOf(findings);
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
