package dev.phoenix.portainer.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phoenix.api.deploy.EngineUnreachableException;
import dev.phoenix.portainer.PortainerApiException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one logical call to Portainer: adds the credentials, logs in (once) for a JWT, retries what
 * is safe to retry, and turns error statuses into {@link PortainerApiException}s. Thread-safe.
 *
 * <p>Retries, with exponential backoff: reads ({@link Kind#READ}, {@link Kind#PUBLIC}) after any
 * I/O failure and after 502, 503 and 504; writes only when the connection could not be opened, so
 * nothing was sent. A 401 on a JWT leads to one new login and one repeat of the call, never more.
 */
public final class PortainerHttp {
  /** What a call is, which decides credentials, timeouts and retries. */
  public enum Kind {
    /** An unauthenticated read (version, public routes). */
    PUBLIC,
    /** An authenticated read. */
    READ,
    /** An authenticated write that deploys: the long deploy timeout applies. */
    DEPLOY,
    /** An unauthenticated write (webhooks). */
    PUBLIC_WRITE
  }

  /** A response, read completely. */
  public record Reply(int status, Headers headers, String body) {
  }

  private static final Logger LOG = LoggerFactory.getLogger(PortainerHttp.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HttpUrl base;
  private final OkHttpClient http;
  private final OkHttpClient deployHttp;
  private final Credentials credentials;
  private final int maxAttempts;
  private final Duration backoff;
  private final Object loginLock = new Object();
  private volatile String jwt;

  /**
   * @param base the server's address ({@code https://portainer:9443/}, or with a path prefix)
   * @param http the client for ordinary calls
   * @param deployHttp the client for calls that deploy (long read timeout)
   * @param credentials the API key or the login
   * @param maxAttempts how many times a retryable call is tried, at least 1
   * @param backoff the pause before the second attempt, doubled for each further one
   */
  public PortainerHttp(HttpUrl base, OkHttpClient http, OkHttpClient deployHttp, Credentials credentials,
      int maxAttempts, Duration backoff) {
    this.base = Objects.requireNonNull(base, "base");
    this.http = http;
    this.deployHttp = deployHttp;
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.maxAttempts = Math.max(1, maxAttempts);
    this.backoff = backoff;
  }

  /** The server's address. */
  public HttpUrl base() {
    return base;
  }

  /** A URL builder for {@code path} under the base ({@code "api/stacks/5"}); segments are encoded. */
  public HttpUrl.Builder url(String path) {
    HttpUrl.Builder builder = base.newBuilder();
    for (String segment : path.split("/")) {
      builder.addPathSegment(segment);
    }
    return builder;
  }

  /** A JSON request body. */
  public static RequestBody json(JsonNode node) {
    return RequestBody.create(Json.write(node), JSON);
  }

  /**
   * GET and read JSON.
   *
   * @throws PortainerApiException on an error status
   * @throws EngineUnreachableException when Portainer cannot be reached
   */
  public JsonNode getJson(HttpUrl url) {
    return Json.readOrNull(send("GET", url, null, Kind.READ).body());
  }

  /**
   * Sends a call, turning I/O failures into {@link EngineUnreachableException}.
   *
   * @throws PortainerApiException on an error status
   */
  public Reply send(String method, HttpUrl url, RequestBody body, Kind kind) {
    try {
      return exchange(method, url, body, kind);
    } catch (IOException e) {
      throw unreachable(method, url, e);
    }
  }

  /**
   * Sends a call and gives I/O failures to the caller, which may need to tell a timeout (the
   * server may still be working) from a refused connection.
   *
   * @throws PortainerApiException on an error status
   */
  public Reply exchange(String method, HttpUrl url, RequestBody body, Kind kind) throws IOException {
    String route = route(method, url);
    boolean authenticated = kind == Kind.READ || kind == Kind.DEPLOY;
    String token = authenticated ? currentToken() : null;
    Reply reply = attempt(request(method, url, body, authenticated, token), kind, route);
    if (reply.status() == 401 && token != null && credentials instanceof Credentials.Login) {
      // The JWT expired or the server restarted (a new signing key): one new login, one repeat.
      LOG.debug("Portainer: {} -> 401 with a JWT; logging in again once", route);
      token = relogin(token);
      reply = attempt(request(method, url, body, true, token), kind, route);
    }
    if (reply.status() >= 300) {
      throw ErrorBodies.exception(route, reply);
    }
    return reply;
  }

  /** The EngineUnreachableException for a failed call. */
  public EngineUnreachableException unreachable(String method, HttpUrl url, IOException e) {
    String what = e instanceof InterruptedIOException
        ? "did not answer in time"
        : e instanceof ConnectException ? "refused the connection" : "could not be reached";
    return new EngineUnreachableException(base.toString(), "Portainer at " + base + " " + what + " ("
        + route(method, url) + ": " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
  }

  /** {@code POST /api/stacks}: the method and the path, never the query. */
  public static String route(String method, HttpUrl url) {
    return method + " " + url.encodedPath();
  }

  private Request request(String method, HttpUrl url, RequestBody body, boolean authenticated, String token) {
    Request.Builder builder = new Request.Builder().url(url).header("Accept", "application/json");
    if (authenticated) {
      if (credentials instanceof Credentials.ApiKey key) {
        builder.header("X-API-Key", key.key());
      } else {
        builder.header("Authorization", "Bearer " + token);
      }
    }
    if (body == null && ("POST".equals(method) || "PUT".equals(method))) {
      body = RequestBody.create(new byte[0], null);
    }
    return builder.method(method, body).build();
  }

  private Reply attempt(Request request, Kind kind, String route) throws IOException {
    boolean read = kind == Kind.READ || kind == Kind.PUBLIC;
    OkHttpClient client = kind == Kind.DEPLOY ? deployHttp : http;
    for (int attempt = 1; ; attempt++) {
      try (Response response = client.newCall(request).execute()) {
        ResponseBody responseBody = response.body();
        Reply reply = new Reply(response.code(), response.headers(), responseBody.string());
        LOG.debug("Portainer: {} -> {}", route, reply.status());
        if (read && attempt < maxAttempts && (reply.status() == 502 || reply.status() == 503
            || reply.status() == 504)) {
          pause(attempt, route, "HTTP " + reply.status());
          continue;
        }
        return reply;
      } catch (IOException e) {
        boolean retryable = read || e instanceof ConnectException;
        if (!retryable || attempt >= maxAttempts) {
          throw e;
        }
        pause(attempt, route, e.getClass().getSimpleName());
      }
    }
  }

  private void pause(int attempt, String route, String why) throws InterruptedIOException {
    long millis = backoff.toMillis() << Math.min(attempt - 1, 10);
    LOG.debug("Portainer: {} failed ({}); attempt {} of {} in {} ms", route, why, attempt + 1, maxAttempts, millis);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry " + route);
    }
  }

  private String currentToken() throws IOException {
    if (!(credentials instanceof Credentials.Login)) {
      return null;
    }
    String token = jwt;
    return token != null ? token : relogin(null);
  }

  /** Logs in unless another thread already replaced {@code stale}; never more than one login per call. */
  private String relogin(String stale) throws IOException {
    synchronized (loginLock) {
      if (jwt != null && !jwt.equals(stale)) {
        return jwt;
      }
      Credentials.Login login = (Credentials.Login) credentials;
      ObjectNode body = Json.object().put("Username", login.username()).put("Password", login.password());
      HttpUrl url = url("api/auth").build();
      String route = route("POST", url);
      // Login is never retried: Portainer bans an address that calls /api/auth more than 10 times a second.
      Reply reply;
      try (Response response = http.newCall(new Request.Builder().url(url).header("Accept", "application/json")
          .post(json(body)).build()).execute()) {
        reply = new Reply(response.code(), response.headers(), response.body().string());
      }
      LOG.debug("Portainer: {} -> {}", route, reply.status());
      if (reply.status() >= 300) {
        PortainerApiException error = ErrorBodies.exception(route, reply);
        if (reply.status() == 422) {
          throw new PortainerApiException(422, route, "invalid credentials for user '" + login.username() + "'",
              error.details(), reply.body());
        }
        throw error;
      }
      JsonNode json = Json.readOrNull(reply.body());
      String token = json == null ? "" : Json.text(json, "jwt");
      if (token.isEmpty()) {
        throw new PortainerApiException(reply.status(), route, "the login answer holds no JWT", "", "");
      }
      jwt = token;
      return token;
    }
  }
}
