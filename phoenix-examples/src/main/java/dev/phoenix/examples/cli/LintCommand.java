package dev.phoenix.examples.cli;

import dev.phoenix.core.lint.LintFinding;
import dev.phoenix.core.lint.LintOptions;
import dev.phoenix.core.lint.Linter;
import dev.phoenix.core.lint.Severity;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code phoenix lint DIR}: offline checks of a directory of stacks, no engine needed. */
final class LintCommand {
  private static final String HELP = """
      Usage: phoenix lint [OPTIONS] DIR

      Check every stack under DIR (each subdirectory with a compose file) without a Docker engine:
      unresolved variables, a $ that should be $$, relative bind mounts in stacks staged for a
      remote daemon, host ports published by two stacks, Traefik router names used twice,
      container_name with more than one replica, and keys a Swarm ignores. Files a stack includes
      or extends are checked too. Only services enabled by the active profiles count for host
      ports and routers. Each finding is printed as file:line:column: severity rule: message.

      Options:
            --remote        The stacks are staged for a remote daemon (relative bind mounts are errors)
            --swarm         The target is a Swarm (report the keys docker stack deploy ignores)
            --env           Resolve variables from this process's environment too (default: only .env)
            --profile NAME  Enable a profile in every stack (repeatable; * enables all; default: each
                            stack's COMPOSE_PROFILES)

      Exit status: 0 without errors (warnings allowed), 1 with errors, 2 for bad input.
      """;

  private final PrintStream out;
  private final Map<String, String> environment;

  LintCommand(PrintStream out, Map<String, String> environment) {
    this.out = out;
    this.environment = environment;
  }

  int run(List<String> args) {
    Path directory = null;
    LintOptions options = LintOptions.defaults();
    Set<String> profiles = new LinkedHashSet<>();
    Arguments arguments = new Arguments(args);
    while (arguments.hasNext()) {
      String option = arguments.next();
      switch (option) {
        case "-h", "--help" -> {
          out.print(HELP);
          return Phoenix.OK;
        }
        case "--remote" -> options = options.withStagedForRemoteDaemon(true);
        case "--swarm" -> options = options.withSwarmTarget(true);
        case "--env" -> options = options.withEnvironment(environment);
        case "--profile" -> profiles.add(profile(arguments.value(option)));
        default -> {
          if (option.startsWith("-")) {
            throw new UsageException("unknown option " + option + " for lint (see phoenix lint --help)");
          }
          if (directory != null) {
            throw new UsageException("lint takes one directory, got a second: \"" + option + "\"");
          }
          directory = Path.of(option);
        }
      }
    }
    if (directory == null) {
      throw new UsageException("lint needs the directory of stacks (see phoenix lint --help)");
    }
    if (!Files.isDirectory(directory)) {
      throw new UsageException("lint: " + directory + " is not a directory");
    }
    List<LintFinding> findings = Linter.lintDirectory(directory, options.withProfiles(profiles));
    out.print(Linter.render(findings, directory.toAbsolutePath().normalize()));
    long errors = findings.stream().filter(finding -> finding.severity() == Severity.ERROR).count();
    out.println(findings.isEmpty() ? "no findings" : errors + " error" + (errors == 1 ? "" : "s") + ", "
        + (findings.size() - errors) + " warning" + (findings.size() - errors == 1 ? "" : "s"));
    return errors > 0 ? Phoenix.FAILURE : Phoenix.OK;
  }

  private static String profile(String name) {
    if (name.isBlank()) {
      throw new UsageException("--profile needs a profile name");
    }
    return name;
  }
}
