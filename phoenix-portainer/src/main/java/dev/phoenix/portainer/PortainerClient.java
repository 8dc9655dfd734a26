package dev.phoenix.portainer;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.endpoint.TlsMaterial;
import dev.phoenix.core.tls.TlsContext;
import dev.phoenix.core.tls.TlsContextFactory;
import dev.phoenix.portainer.internal.Credentials;
import dev.phoenix.portainer.internal.Json;
import dev.phoenix.portainer.internal.PortainerHttp;
import dev.phoenix.portainer.internal.PortainerHttp.Kind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of one Portainer server's HTTP API, built on OkHttp. Thread-safe; share one per server.
 *
 * <pre>{@code
 * try (PortainerClient portainer = PortainerClient.builder()
 *         .url(URI.create("https://portainer.example.com:9443"))
 *         .apiKey(System.getenv("PORTAINER_API_KEY"))        // or .credentials(user, password)
 *         .caCertificate(Path.of("portainer-ca.pem"))         // a private CA, if any
 *         .build()) {
 *   int endpointId = portainer.environments().byName("prod").orElseThrow().id();
 *   StackSyncResult result = portainer.stacks().createOrUpdate(endpointId, "shop", composeText, env);
 * }
 * }</pre>
 *
 * <p>What it does for you, from Portainer's known pitfalls: it detects the server version and picks
 * the create routes of that version; it authenticates with {@code X-API-Key} or with a JWT from
 * {@code POST /api/auth} (one new login on a 401, never a loop, never both headers); it keeps no
 * cookies (Portainer 2.20+ would CSRF-check them); calls that deploy get a long read timeout
 * ({@link Builder#deployTimeout}); reads are retried with backoff, writes only when nothing was sent.
 * No credential appears in any message or log line.
 */
public final class PortainerClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PortainerClient.class);

  private final PortainerHttp http;
  private final OkHttpClient owned;
  private final PortainerEnvironments environments;
  private final PortainerStacks stacks;
  private final Object versionLock = new Object();
  private volatile PortainerVersion version;

  private PortainerClient(Builder builder) {
    HttpUrl base = HttpUrl.get(builder.url.toString());
    if (!base.encodedPath().endsWith("/")) {
      base = base.newBuilder().addPathSegment("").build();
    }
    OkHttpClient root = builder.httpClient != null ? builder.httpClient : new OkHttpClient();
    this.owned = builder.httpClient == null ? root : null;
    OkHttpClient.Builder common = root.newBuilder()
        .cookieJar(CookieJar.NO_COOKIES)
        .followRedirects(false)
        .followSslRedirects(false)
        .connectTimeout(builder.connectTimeout)
        .writeTimeout(builder.readTimeout)
        .callTimeout(Duration.ZERO);
    if (builder.tlsMaterial != null || builder.skipTlsVerify) {
      TlsContext tls = TlsContextFactory.create(builder.tlsMaterial, builder.skipTlsVerify, "Portainer at " + base);
      common.sslSocketFactory(tls.socketFactory(), tls.trustManager());
      if (!tls.verifiesServer()) {
        common.hostnameVerifier((host, session) -> true);
      }
    }
    OkHttpClient http = common.readTimeout(builder.readTimeout).build();
    OkHttpClient deployHttp = http.newBuilder().readTimeout(builder.deployTimeout)
        .writeTimeout(builder.deployTimeout).build();
    this.http = new PortainerHttp(base, http, deployHttp, builder.credentials, builder.maxAttempts,
        builder.retryBackoff);
    this.version = builder.version;
    this.environments = new PortainerEnvironments(this.http);
    this.stacks = new PortainerStacks(this.http, this::version);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The server's version, asked once ({@code GET /api/system/status}, falling back to
   * {@code /api/status} on servers before 2.17) and then kept, unless the builder set it.
   *
   * @throws PortainerApiException when neither route answers with a version
   */
  public PortainerVersion version() {
    PortainerVersion known = version;
    if (known != null) {
      return known;
    }
    synchronized (versionLock) {
      if (version == null) {
        version = detectVersion();
        LOG.debug("Portainer at {}: version {}", http.base(), version);
      }
      return version;
    }
  }

  /** The server's address as given to the builder, with a trailing {@code /}. */
  public URI url() {
    return http.base().uri();
  }

  /** The environments. */
  public PortainerEnvironments environments() {
    return environments;
  }

  /** The stacks. */
  public PortainerStacks stacks() {
    return stacks;
  }

  /**
   * Releases the connections and threads of the HTTP client this client made; an
   * {@link Builder#httpClient OkHttpClient} passed in is left untouched.
   */
  @Override
  public void close() {
    if (owned != null) {
      owned.dispatcher().executorService().shutdown();
      owned.connectionPool().evictAll();
    }
  }

  private PortainerVersion detectVersion() {
    PortainerHttp.Reply reply;
    try {
      reply = http.send("GET", http.url("api/system/status").build(), null, Kind.PUBLIC);
    } catch (PortainerApiException e) {
      if (e.status() != 404) {
        throw e;
      }
      reply = http.send("GET", http.url("api/status").build(), null, Kind.PUBLIC);
    }
    var json = Json.readOrNull(reply.body());
    String text = json == null ? "" : Json.text(json, "Version", "version");
    try {
      return PortainerVersion.parse(text);
    } catch (IllegalArgumentException e) {
      throw new PortainerApiException(reply.status(), "GET /api/system/status",
          "the server reports no version this client can read ('" + text + "'); set it with the builder's version()",
          "", reply.body());
    }
  }

  /**
   * Builds a {@link PortainerClient}: the URL and one kind of credentials are required.
   */
  public static final class Builder {
    private URI url;
    private Credentials credentials;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration deployTimeout = Duration.ofMinutes(30);
    private TlsMaterial tlsMaterial;
    private boolean skipTlsVerify;
    private OkHttpClient httpClient;
    private int maxAttempts = 3;
    private Duration retryBackoff = Duration.ofMillis(250);
    private PortainerVersion version;

    private Builder() {
    }

    /** The server's address, e.g. {@code https://portainer:9443} (a path prefix is kept). */
    public Builder url(URI url) {
      String scheme = Objects.requireNonNull(url, "url").getScheme();
      if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
        throw new IllegalArgumentException("a Portainer URL is http:// or https://, not " + url);
      }
      this.url = url;
      return this;
    }

    /** The server's address as text. */
    public Builder url(String url) {
      return url(URI.create(url));
    }

    /**
     * Authenticates with an access token ({@code ptr_...}) in {@code X-API-Key}: preferred, as it
     * survives server restarts and never expires. Replaces credentials set before.
     */
    public Builder apiKey(String apiKey) {
      this.credentials = new Credentials.ApiKey(apiKey);
      return this;
    }

    /**
     * Authenticates with a username and password, exchanged for a JWT at the first call and once
     * more when Portainer answers 401 (the JWT expires after 8 hours and on a server restart).
     * Replaces an API key set before.
     */
    public Builder credentials(String username, String password) {
      this.credentials = new Credentials.Login(username, password);
      return this;
    }

    /** How long opening a connection may take (default 10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout);
      return this;
    }

    /** How long an ordinary call may wait for data (default 60 s). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout);
      return this;
    }

    /**
     * How long a call that deploys (create, update, redeploy, start, stop, delete) may wait for its
     * answer (default 30 minutes): Portainer answers only when the pulls and the deployment are done,
     * and runs one deployment at a time.
     */
    public Builder deployTimeout(Duration timeout) {
      this.deployTimeout = positive(timeout);
      return this;
    }

    /** Trusts only this CA certificate (PEM) for an {@code https} server with a private CA. */
    public Builder caCertificate(Path caCertificate) {
      return tls(new TlsMaterial(Objects.requireNonNull(caCertificate, "caCertificate"), null, null, null));
    }

    /** TLS files: a CA to trust and, if the server asks, a client certificate and key. */
    public Builder tls(TlsMaterial material) {
      this.tlsMaterial = Objects.requireNonNull(material, "material");
      return this;
    }

    /**
     * Accepts any server certificate under any name. Only when a user explicitly asks for it (a
     * warning is logged): anyone on the path could read the credentials.
     */
    public Builder skipTlsVerify() {
      this.skipTlsVerify = true;
      return this;
    }

    /**
     * Uses the caller's OkHttp client (its connection pool, dispatcher, proxy, interceptors); this
     * client derives its own settings from it and never closes it. Its cookie jar is not used.
     */
    public Builder httpClient(OkHttpClient client) {
      this.httpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * How many times a call that may be retried is tried (default 3) and the pause before the
     * second try, doubled each time (default 250 ms). Reads are retried after I/O failures and 502,
     * 503 and 504; writes only when the connection could not be opened.
     */
    public Builder retries(int maxAttempts, Duration backoff) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("at least one attempt: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      this.retryBackoff = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /** The server's version, when known, instead of asking {@code /api/system/status}. */
    public Builder version(PortainerVersion version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException without a URL or credentials
     * @throws dev.phoenix.api.endpoint.TlsConfigurationException when the TLS files are unusable
     */
    public PortainerClient build() {
      if (url == null) {
        throw new IllegalStateException("a Portainer client needs the server's url()");
      }
      if (credentials == null) {
        throw new IllegalStateException("a Portainer client needs an apiKey() or credentials()");
      }
      try {
        return new PortainerClient(this);
      } catch (IllegalArgumentException e) {
        throw new PhoenixException("Portainer URL " + url + " is not usable: " + e.getMessage(), e);
      }
    }

    private static Duration positive(Duration timeout) {
      if (Objects.requireNonNull(timeout, "timeout").isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("a timeout is positive: " + timeout);
      }
      return timeout;
    }
  }
}
