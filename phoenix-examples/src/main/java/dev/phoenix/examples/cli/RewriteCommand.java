package dev.phoenix.examples.cli;

import dev.phoenix.api.compose.ComposeRewriteException;
import dev.phoenix.api.stack.ManifestException;
import dev.phoenix.api.stack.StackManifest;
import dev.phoenix.core.compose.document.ComposeDocument;
import dev.phoenix.core.stack.ManifestRenderer;
import dev.phoenix.core.stack.StackManifests;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code phoenix rewrite -f FILE --manifest phoenix.json [-o OUT]}: a compose file with a stack manifest applied. */
final class RewriteCommand {
  private static final String HELP = """
      Usage: phoenix rewrite -f FILE --manifest MANIFEST [-o OUT]

      Apply a stack manifest (phoenix.json: Traefik routes, labels, environment, networks, secrets,
      update exclusion, hardening, resources, GPUs, healthcheck, restart) to a compose file and print
      the rewritten file. Only the lines that must change are changed: comments, key order and
      quoting stay as they are. No Docker engine is needed; images are pinned to digests by sync.

      Options:
        -f, --file FILE         The compose file to rewrite
            --manifest FILE     The stack manifest to apply
        -o, --output OUT        Write the rewritten file to OUT (atomically) instead of stdout

      Exit status: 0 on success, 2 for bad input (the message names the file, line and column or
      the manifest's JSON path).
      """;

  private final PrintStream out;
  private final PrintStream err;

  RewriteCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    Path file = null;
    Path manifestFile = null;
    Path output = null;
    Arguments arguments = new Arguments(args);
    while (arguments.hasNext()) {
      String option = arguments.next();
      switch (option) {
        case "-h", "--help" -> {
          out.print(HELP);
          return Phoenix.OK;
        }
        case "-f", "--file" -> file = Path.of(arguments.value(option));
        case "--manifest" -> manifestFile = Path.of(arguments.value(option));
        case "-o", "--output" -> output = Path.of(arguments.value(option));
        default -> throw new UsageException(option.startsWith("-")
            ? "unknown option " + option + " for rewrite (see phoenix rewrite --help)"
            : "rewrite takes no operand, got \"" + option + "\" (use -f FILE)");
      }
    }
    if (file == null || manifestFile == null) {
      throw new UsageException("rewrite needs -f FILE and --manifest MANIFEST (see phoenix rewrite --help)");
    }
    ComposeDocument rewritten;
    StackManifest manifest;
    try {
      manifest = StackManifests.read(manifestFile);
      rewritten = ManifestRenderer.render(ComposeDocument.read(file), manifest);
    } catch (ManifestException e) {
      err.println(e.location().isPresent() ? e.getMessage() : manifestFile + ": " + e.getMessage());
      return Phoenix.BAD_INPUT;
    } catch (ComposeRewriteException e) {
      err.println(manifestFile + ": " + e.getMessage());
      return Phoenix.BAD_INPUT;
    }
    for (String service : ManifestRenderer.digestsToLookUp(rewritten, manifest)) {
      err.println("phoenix: service " + service + " asks for pinDigest: its image is pinned when the stack"
          + " is synced to an engine, not by rewrite");
    }
    if (output == null) {
      out.print(rewritten.text());
    } else {
      OutputFiles.writeAtomically(output, rewritten.text());
    }
    return Phoenix.OK;
  }
}
