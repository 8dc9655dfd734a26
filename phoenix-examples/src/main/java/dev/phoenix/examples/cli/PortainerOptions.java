package dev.phoenix.examples.cli;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.deploy.EngineUnreachableException;
import dev.phoenix.api.endpoint.TlsConfigurationException;
import dev.phoenix.portainer.PortainerApiException;
import dev.phoenix.portainer.PortainerClient;
import dev.phoenix.portainer.PortainerTargetProvider;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * How a command reaches Portainer ({@code phoenix portainer}, {@code phoenix sync --target
 * portainer:...}): the credentials and TLS. A secret never comes from the command line, where every
 * user of the machine can read it in the process list and where shell history keeps it: the API
 * key comes from a file ({@code --api-key-file}) or the environment, a password from the
 * environment. No secret is printed, in any message.
 *
 * <p>Explicit options win over the environment: {@code --api-key-file}, then {@code --username},
 * then {@value PortainerTargetProvider#API_KEY}, then {@value PortainerTargetProvider#USERNAME}
 * (the password always from {@value PortainerTargetProvider#PASSWORD}).
 */
final class PortainerOptions {
  /** The options, for each command's help. */
  static final String HELP = """
            --api-key-file FILE     Read the API key (an access token, ptr_...) from FILE; default: the
                                    environment's PHOENIX_PORTAINER_API_KEY
            --username NAME         Log in as NAME with the password in PHOENIX_PORTAINER_PASSWORD
                                    (default: PHOENIX_PORTAINER_USERNAME); an API key is preferred
            --ca FILE               Trust the CA certificate (PEM) that signed the server's certificate
                                    (default: PHOENIX_PORTAINER_CA)
            --insecure              Do not verify the server's certificate, for a test server only
                                    (default: PHOENIX_PORTAINER_INSECURE=true)
      """;

  // Options other tools use for secrets: refused with the reason and the way to do it here.
  private static final Set<String> SECRET_OPTIONS = Set.of("--api-key", "--apikey", "--api-token", "--token",
      "--access-token", "--password", "--pass", "--passwd");
  // A Portainer access token: ptr_ and a long base64 tail. Never echoed, even in a refusal.
  private static final Pattern API_KEY = Pattern.compile("ptr_[A-Za-z0-9+/=_-]{16,}");

  private final Map<String, String> environment;
  private Path apiKeyFile;
  private String username;
  private Path ca;
  private boolean insecure;

  PortainerOptions(Map<String, String> environment) {
    this.environment = environment;
  }

  /**
   * Refuses a command line that carries a secret: an option that would take one, or an argument
   * that looks like an API key. Checked before anything else, so that no other message quotes it.
   */
  static void refuseSecrets(List<String> args) {
    for (String arg : args) {
      String name = arg.startsWith("--") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (SECRET_OPTIONS.contains(name)) {
        boolean password = name.startsWith("--pass");
        throw new UsageException(name + " is refused: a secret on the command line shows in the process list of"
            + " every user of this machine and stays in shell history; " + (password
            ? "set " + PortainerTargetProvider.PASSWORD + " (with --username NAME or "
                + PortainerTargetProvider.USERNAME + "), or better use an API key"
            : "write the key to a file readable only by you and give --api-key-file FILE, or set "
                + PortainerTargetProvider.API_KEY));
      }
      if (API_KEY.matcher(arg).find()) {
        throw new UsageException("an argument looks like a Portainer API key (ptr_...): refused, as a secret on the"
            + " command line shows in the process list of every user of this machine; give --api-key-file FILE,"
            + " or set " + PortainerTargetProvider.API_KEY);
      }
    }
  }

  /** Refuses a server URL that carries a user or password ({@code https://user:secret@host}). */
  static void refuseUserInfo(URI url, String what) {
    if (url.getRawUserInfo() != null) {
      throw new UsageException(what + " holds a user name or password (user:password@HOST): refused, as it would"
          + " show in the process list; give --username NAME and set " + PortainerTargetProvider.PASSWORD
          + ", or use an API key");
    }
  }

  /** Reads {@code option} if it is one of these options; false if the command must handle it. */
  boolean accept(String option, Arguments arguments) {
    switch (option) {
      case "--api-key-file" -> apiKeyFile = Path.of(arguments.value(option));
      case "--username" -> username = nonBlank(option, arguments.value(option));
      case "--ca" -> ca = Path.of(arguments.value(option));
      case "--insecure" -> {
        arguments.noValue(option);
        insecure = true;
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Whether any of these options was given. */
  boolean given() {
    return apiKeyFile != null || username != null || ca != null || insecure;
  }

  /**
   * The credentials, from the options, else from the environment.
   *
   * @throws UsageException when there are none, or the key file cannot be used (naming the file)
   */
  Credentials credentials() {
    if (apiKeyFile != null && username != null) {
      throw new UsageException("give either --api-key-file or --username, not both");
    }
    if (apiKeyFile != null) {
      return Credentials.apiKey(readKey(apiKeyFile), "--api-key-file " + apiKeyFile);
    }
    String envUser = environment.get(PortainerTargetProvider.USERNAME);
    if (username == null) {
      String key = environment.get(PortainerTargetProvider.API_KEY);
      if (key != null && !key.isBlank()) {
        return Credentials.apiKey(key.strip(), PortainerTargetProvider.API_KEY);
      }
    }
    String user = username != null ? username : envUser != null && !envUser.isBlank() ? envUser.strip() : null;
    String password = environment.get(PortainerTargetProvider.PASSWORD);
    boolean hasPassword = password != null && !password.isEmpty();
    if (user != null && hasPassword) {
      return Credentials.login(user, password, username != null ? "--username" : PortainerTargetProvider.USERNAME);
    }
    if (user != null) {
      throw new UsageException("no password for Portainer user " + user + ": set " + PortainerTargetProvider.PASSWORD
          + " (a password is never taken from the command line), or use an API key (--api-key-file FILE)");
    }
    throw new UsageException("no credentials for Portainer: give --api-key-file FILE (an access token, ptr_...), or"
        + " set " + PortainerTargetProvider.API_KEY + ", or give --username NAME (or set "
        + PortainerTargetProvider.USERNAME + ") and set " + PortainerTargetProvider.PASSWORD
        + (hasPassword ? "; " + PortainerTargetProvider.PASSWORD + " is set but no user name is given" : ""));
  }

  /**
   * Checks the TLS settings for {@code server} and prints the warning of {@code --insecure} to
   * {@code err}.
   *
   * @throws UsageException for a CA with a plain-HTTP server, both a CA and --insecure, or an
   *     unreadable PHOENIX_PORTAINER_INSECURE
   */
  void checkTls(URI server, PrintStream err) {
    Path caFile = caFile();
    boolean skip = insecure();
    if (caFile != null && skip) {
      throw new UsageException("give either --ca FILE or --insecure, not both (or unset " + PortainerTargetProvider.CA
          + " / " + PortainerTargetProvider.INSECURE + ")");
    }
    boolean https = "https".equalsIgnoreCase(server.getScheme());
    if (caFile != null && !https) {
      throw new UsageException((ca != null ? "--ca" : PortainerTargetProvider.CA) + " is given but Portainer at "
          + server + " is reached over plain http: use its https:// address (port 9443)");
    }
    if (skip && https) {
      err.println("WARN: the certificate of Portainer at " + server + " is not verified (--insecure): anyone on the"
          + " path can read the credentials and change what is deployed; use --ca FILE outside a test");
    }
  }

  /**
   * A client of the server at {@code server}, with these credentials and TLS settings.
   *
   * @throws UsageException when the CA file cannot be used (exit status 2)
   */
  PortainerClient client(URI server, Credentials credentials) {
    PortainerClient.Builder builder = PortainerClient.builder().url(server);
    if (credentials.apiKey() != null) {
      builder.apiKey(credentials.apiKey());
    } else {
      builder.credentials(credentials.username(), credentials.password());
    }
    Path caFile = caFile();
    if (caFile != null) {
      builder.caCertificate(caFile);
    }
    if (insecure()) {
      builder.skipTlsVerify();
    }
    try {
      return builder.build();
    } catch (TlsConfigurationException e) {
      throw new UsageException((ca != null ? "--ca " : PortainerTargetProvider.CA + " ") + caFile + ": "
          + e.getMessage());
    }
  }

  /**
   * The environment a {@code portainer} deployment target is opened with: this process's, with the
   * options translated into {@link PortainerTargetProvider}'s variables. Credentials given as
   * options replace those of the environment.
   */
  Map<String, String> targetEnvironment(Credentials credentials) {
    Map<String, String> target = new HashMap<>(environment);
    if (credentials != null) {
      if (credentials.apiKey() != null) {
        target.put(PortainerTargetProvider.API_KEY, credentials.apiKey());
      } else {
        target.remove(PortainerTargetProvider.API_KEY);
        target.put(PortainerTargetProvider.USERNAME, credentials.username());
      }
    }
    if (ca != null) {
      target.put(PortainerTargetProvider.CA, ca.toAbsolutePath().toString());
      target.remove(PortainerTargetProvider.INSECURE);
    }
    if (insecure) {
      target.put(PortainerTargetProvider.INSECURE, "true");
      target.remove(PortainerTargetProvider.CA);
    }
    return target;
  }

  /**
   * {@code e} said for a person: when Portainer refused the credentials (401, a failed login, 403),
   * which credentials; otherwise {@code e} itself.
   */
  static PhoenixException explain(PortainerApiException e, String server, Credentials credentials) {
    String used = credentials == null ? "" : " (" + credentials.describe() + ")";
    if (e.status() == 401 || (e.status() == 422 && e.route().endsWith("/api/auth"))) {
      return new PhoenixException("Portainer at " + server + " refused the credentials" + used + ": " + e.getMessage()
          + ". Check the key or the password; an API key is made in Portainer under My account > Access tokens", e);
    }
    if (e.status() == 403) {
      return new PhoenixException("Portainer at " + server + " refused access with these credentials" + used + ": "
          + e.getMessage() + ". The user may lack the rights for this call (an administrator's key may be needed)",
          e);
    }
    return e;
  }

  /** {@code e}, with how to trust the server when TLS with it failed (an unknown CA, a wrong name). */
  static EngineUnreachableException withTlsHint(EngineUnreachableException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof SSLException) {
        return new EngineUnreachableException(e.endpoint(), e.getMessage() + ". TLS with the server failed: if its"
            + " certificate comes from a private CA, give that CA with --ca FILE (or, for a test server only,"
            + " --insecure)", e.getCause());
      }
    }
    return e;
  }

  private Path caFile() {
    if (ca != null) {
      return ca;
    }
    String fromEnvironment = environment.getOrDefault(PortainerTargetProvider.CA, "").strip();
    return insecure || fromEnvironment.isEmpty() ? null : Path.of(fromEnvironment);
  }

  private boolean insecure() {
    if (insecure) {
      return true;
    }
    if (ca != null) {
      return false;
    }
    String value = environment.getOrDefault(PortainerTargetProvider.INSECURE, "").strip();
    if (value.isEmpty() || value.equalsIgnoreCase("false") || value.equals("0")) {
      return false;
    }
    if (value.equalsIgnoreCase("true") || value.equals("1")) {
      return true;
    }
    throw new UsageException(PortainerTargetProvider.INSECURE + " must be true or false, not \"" + value + "\"");
  }

  private static String readKey(Path file) {
    String key;
    try {
      key = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (NoSuchFileException e) {
      throw new UsageException("--api-key-file " + file + ": no such file");
    } catch (IOException e) {
      throw new UsageException("--api-key-file " + file + " cannot be read: " + e.getClass().getSimpleName());
    }
    if (key.isEmpty()) {
      throw new UsageException("--api-key-file " + file + " is empty: it must hold the API key (ptr_...)");
    }
    if (key.chars().anyMatch(Character::isWhitespace)) {
      throw new UsageException("--api-key-file " + file + " holds more than one word: it must hold the API key"
          + " (ptr_...) alone");
    }
    return key;
  }

  private static String nonBlank(String option, String value) {
    if (value.isBlank()) {
      throw new UsageException(option + " needs a value");
    }
    return value.strip();
  }

  /**
   * The credentials a command uses, and where they came from, to say which were refused. Either an
   * API key or a user name and password. {@link #toString()} shows no secret.
   */
  record Credentials(String apiKey, String username, String password, String source) {

    static Credentials apiKey(String key, String source) {
      return new Credentials(key, null, null, source);
    }

    static Credentials login(String username, String password, String source) {
      return new Credentials(null, username, password, source);
    }

    /** Which credentials, for people: never the secret. */
    String describe() {
      return apiKey != null ? "the API key of " + source
          : "the login of user " + username + " from " + source + ", with " + PortainerTargetProvider.PASSWORD;
    }

    @Override
    public String toString() {
      return "Credentials[" + describe() + "]";
    }
  }
}
