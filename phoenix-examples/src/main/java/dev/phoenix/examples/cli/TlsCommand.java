package dev.phoenix.examples.cli;

import dev.phoenix.core.tls.CertificateAuthority;
import dev.phoenix.core.tls.CertificateStatus;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code phoenix tls init|check|renew}: a certificate authority for engines that require mutual TLS. */
final class TlsCommand {
  private static final String HELP = """
      Usage: phoenix tls init --dir DIR --host NAME [--ip ADDR]... [--days N] [--port PORT]
             phoenix tls check --dir DIR
             phoenix tls renew --dir DIR [--days N] [--context NAME]

      init   Create a certificate authority and, in DIR, ca.pem, ca-key.pem, server-cert.pem,
             server-key.pem (for the engine: its DNS names --host and addresses --ip), cert.pem and
             key.pem (for clients), and daemon.json (merged into an existing one, other keys kept).
             Keys are written readable by their owner only.
      check  Print each certificate's subject, names and days left.
      renew  Issue the engine's and the client's certificates again under the same authority, with
             the same names; --context NAME refreshes that docker context's copy of the client files.

      Options:
            --dir DIR       Where the files are (required)
            --host NAME     A DNS name of the engine (repeatable; init needs --host or --ip)
            --ip ADDR       An IP address of the engine (repeatable)
            --days N        Validity of new certificates, in days (default 365; the CA: 10 years)
            --port PORT     The TLS port written into daemon.json's hosts (default 2376)
            --context NAME  With renew: the context whose TLS files to refresh
      """;
  private static final Duration CA_VALIDITY = Duration.ofDays(3650);

  private final PrintStream out;
  private final Map<String, String> environment;

  TlsCommand(PrintStream out, Map<String, String> environment) {
    this.out = out;
    this.environment = environment;
  }

  int run(List<String> args) {
    if (args.isEmpty()) {
      throw new UsageException("tls needs a subcommand: init, check or renew (see phoenix tls --help)");
    }
    String subcommand = args.get(0);
    if (subcommand.equals("-h") || subcommand.equals("--help")) {
      out.print(HELP);
      return Phoenix.OK;
    }
    Path dir = null;
    List<String> names = new ArrayList<>();
    List<String> ips = new ArrayList<>();
    int days = 365;
    int port = 2376;
    String context = null;
    Arguments arguments = new Arguments(args.subList(1, args.size()));
    while (arguments.hasNext()) {
      String option = arguments.next();
      switch (option) {
        case "-h", "--help" -> {
          out.print(HELP);
          return Phoenix.OK;
        }
        case "--dir" -> dir = Path.of(arguments.value(option));
        case "--host" -> names.add(arguments.value(option));
        case "--ip" -> ips.add(arguments.value(option));
        case "--days" -> days = Arguments.positive(option, arguments.value(option));
        case "--port" -> port = Arguments.positive(option, arguments.value(option));
        case "--context" -> context = arguments.value(option);
        default -> throw new UsageException("unknown option " + option + " for tls " + subcommand
            + " (see phoenix tls --help)");
      }
    }
    if (dir == null) {
      throw new UsageException("tls " + subcommand + " needs --dir DIR");
    }
    Duration validity = Duration.ofDays(days);
    return switch (subcommand) {
      case "init" -> init(dir, names, ips, validity, port);
      case "check" -> check(dir);
      case "renew" -> renew(dir, validity, context);
      default -> throw new UsageException("unknown tls subcommand \"" + subcommand + "\": init, check or renew");
    };
  }

  private int init(Path dir, List<String> names, List<String> ips, Duration validity, int port) {
    if (names.isEmpty() && ips.isEmpty()) {
      throw new UsageException("tls init needs the engine's name (--host NAME) or address (--ip ADDR)");
    }
    if (Files.exists(dir.resolve(CertificateAuthority.CA_KEY))) {
      throw new UsageException(dir.resolve(CertificateAuthority.CA_KEY) + " exists already: use tls renew, or"
          + " another --dir");
    }
    CertificateAuthority authority = CertificateAuthority.create(dir, "Phoenix CA for "
        + (names.isEmpty() ? ips.get(0) : names.get(0)), CA_VALIDITY);
    authority.issueServer(names, ips, validity);
    authority.issueClient("phoenix client", validity);
    Path daemonJson = dir.resolve("daemon.json");
    authority.daemonJson(daemonJson, List.of("unix:///var/run/docker.sock", "tcp://0.0.0.0:" + port));
    out.println("wrote the certificate authority, the engine's and a client's certificates to " + dir);
    out.println("engine: copy ca.pem, server-cert.pem and server-key.pem to it and merge " + daemonJson
        + " into its /etc/docker/daemon.json (then restart dockerd)");
    out.println("clients: phoenix context create NAME --host tcp://"
        + (names.isEmpty() ? ips.get(0) : names.get(0)) + ":" + port + " --tls-dir " + dir);
    return Phoenix.OK;
  }

  private int check(Path dir) {
    List<CertificateStatus> certificates = CertificateAuthority.check(dir);
    if (certificates.isEmpty()) {
      throw new UsageException("no certificates in " + dir);
    }
    boolean expired = false;
    for (CertificateStatus status : certificates) {
      List<String> all = new ArrayList<>(status.dnsNames());
      all.addAll(status.ipAddresses());
      out.printf(Locale.ROOT, "%-18s %-40s %s%s%n", status.file().getFileName(), status.subject(),
          status.expired() ? "EXPIRED " + (-status.daysLeft()) + " days ago" : status.daysLeft() + " days left",
          all.isEmpty() ? "" : "  names: " + String.join(", ", all));
      expired |= status.expired();
    }
    return expired ? Phoenix.FAILURE : Phoenix.OK;
  }

  private int renew(Path dir, Duration validity, String context) {
    CertificateAuthority authority = CertificateAuthority.load(dir);
    boolean any = false;
    if (Files.exists(dir.resolve(CertificateAuthority.SERVER_CERTIFICATE))) {
      authority.renewServer(validity);
      out.println("renewed " + dir.resolve(CertificateAuthority.SERVER_CERTIFICATE)
          + ": copy it and its key to the engine and restart dockerd");
      any = true;
    }
    if (Files.exists(dir.resolve(CertificateAuthority.CLIENT_CERTIFICATE))) {
      authority.renewClient(validity);
      out.println("renewed " + dir.resolve(CertificateAuthority.CLIENT_CERTIFICATE));
      any = true;
    }
    if (!any) {
      throw new UsageException("no server-cert.pem or cert.pem in " + dir + " to renew");
    }
    if (context != null) {
      ContextCommand.refreshTls(environment, context, dir);
      out.println("refreshed the TLS files of context " + context);
    }
    return Phoenix.OK;
  }
}
