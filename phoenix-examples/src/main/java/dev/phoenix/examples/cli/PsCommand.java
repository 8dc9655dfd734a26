package dev.phoenix.examples.cli;

import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.StackDeployer;
import dev.phoenix.api.deploy.StackStatus;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code phoenix ps}: the stack's containers, networks and volumes as the engine reports them,
 * read from labels alone; with {@code -p NAME} no Compose file is needed, like
 * {@code docker compose ps -p}.
 */
final class PsCommand {
  private static final String HELP = """
      Usage: phoenix ps [OPTIONS]

      List the stack's containers (stopped and completed ones included), networks and volumes.
      With -p NAME no Compose file is read.

      Options:
      """ + StackOptions.HELP;

  private final PrintStream out;
  private final PrintStream err;
  private final StackOptions stackOptions;

  PsCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
    this.out = out;
    this.err = err;
    this.stackOptions = new StackOptions(environment);
  }

  int run(List<String> args) {
    Arguments arguments = new Arguments(args);
    while (arguments.hasNext()) {
      String option = arguments.next();
      if (stackOptions.accept(option, arguments)) {
        continue;
      }
      if (option.equals("-h") || option.equals("--help")) {
        out.print(HELP);
        return Phoenix.OK;
      }
      // docker compose ps hides stopped containers without -a; Phoenix always shows them.
      if (option.equals("-a") || option.equals("--all")) {
        arguments.noValue(option);
        continue;
      }
      throw new UsageException(option.startsWith("-")
          ? "unknown option " + option + " for ps (see phoenix ps --help)"
          : "ps takes no operand, got \"" + option + "\"");
    }
    String stack = stackOptions.stackName(err);
    try (StackDeployer deployer = stackOptions.deployer(DeploymentListener.NONE, err)) {
      StackStatus status = deployer.status(stack);
      out.print(stackOptions.output() == OutputFormat.JSON ? JsonOutput.status(status) + "\n" : TextOutput.status(status));
      return Phoenix.OK;
    }
  }
}
