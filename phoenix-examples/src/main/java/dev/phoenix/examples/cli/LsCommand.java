package dev.phoenix.examples.cli;

import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.StackDeployer;
import dev.phoenix.api.deploy.StackSummary;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** {@code phoenix ls}: every stack on the engine, Phoenix's and docker compose's, like {@code docker compose ls -a}. */
final class LsCommand {
  private static final String HELP = """
      Usage: phoenix ls [OPTIONS]

      List the stacks on the engine, with how many containers of each are in each state.

      Options:
        -H, --host URL              Docker engine (default: DOCKER_HOST, DOCKER_CONTEXT, the current context,
                                    else the default socket)
        -c, --context NAME          Docker CLI context to use
            --output text|json      Output format (default text)
      """;

  private final PrintStream out;
  private final PrintStream err;
  private final StackOptions stackOptions;

  LsCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
    this.out = out;
    this.err = err;
    this.stackOptions = new StackOptions(environment);
  }

  int run(List<String> args) {
    Arguments arguments = new Arguments(args);
    while (arguments.hasNext()) {
      String option = arguments.next();
      if (option.equals("-h") || option.equals("--help")) {
        out.print(HELP);
        return Phoenix.OK;
      }
      if (!stackOptions.acceptEngine(option, arguments)) {
        throw new UsageException(option.startsWith("-")
            ? "unknown option " + option + " for ls (see phoenix ls --help)"
            : "ls takes no operand, got \"" + option + "\"");
      }
    }
    try (StackDeployer deployer = stackOptions.deployer(DeploymentListener.NONE, err)) {
      List<StackSummary> stacks = deployer.list();
      out.print(stackOptions.output() == OutputFormat.JSON ? JsonOutput.stacks(stacks) + "\n" : TextOutput.stacks(stacks));
      return Phoenix.OK;
    }
  }
}
