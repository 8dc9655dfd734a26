package dev.phoenix.portainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.phoenix.portainer.testing.FakePortainer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
  private static final PortainerVersion V223 = PortainerVersion.parse("2.23.0");

  @Test
  void apiKeyGoesInXApiKeyAndNothingElse() {
    FakePortainer fake = new FakePortainer(V223).environment(1, "local", null);
    try (PortainerServer server = PortainerServer.playing(fake); PortainerClient client = server.apiKeyClient()) {
      assertThat(client.version()).isEqualTo(V223);
      client.stacks().list(StackTarget.compose(1));
      client.environments().list();
      List<RecordedRequest> requests = fake.requests();
      assertThat(requests).extracting(r -> r.getUrl().encodedPath())
          .containsExactly("/api/system/status", "/api/stacks", "/api/endpoints");
      assertThat(requests.get(0).getHeaders().get("X-API-Key")).as("the status route is public").isNull();
      for (RecordedRequest request : requests.subList(1, requests.size())) {
        assertThat(request.getHeaders().get("X-API-Key")).isEqualTo(PortainerServer.API_KEY);
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(request.getHeaders().get("Cookie")).isNull();
        assertThat(request.getUrl().queryParameter("X-API-Key")).isNull();
      }
      assertThat(fake.count("POST", "/api/auth")).isZero();
    }
  }

  @Test
  void aWrongApiKeyIs401WithoutAnyLogin() {
    FakePortainer fake = new FakePortainer(V223);
    try (PortainerServer server = PortainerServer.playing(fake);
        PortainerClient client = server.client().apiKey("ptr_wrong_key_value").build()) {
      PortainerApiException e = catchThrowableOfType(PortainerApiException.class, () -> client.stacks().listAll());
      assertThat(e.status()).isEqualTo(401);
      assertThat(e.serverMessage()).isEqualTo("Invalid JWT token");
      assertThat(e.getMessage()).doesNotContain("ptr_wrong_key_value");
      assertThat(fake.count("POST", "/api/auth")).isZero();
      assertThat(fake.count("GET", "/api/stacks")).isEqualTo(1);
    }
  }

  @Test
  void loginThenBearerAndTheCookieIsNeverSentBack() {
    FakePortainer fake = new FakePortainer(V223).environment(1, "local", null);
    // Even the caller's client with a cookie jar must not keep Portainer's auth cookie (CSRF on 2.20+).
    OkHttpClient callers = new OkHttpClient.Builder().cookieJar(new MemoryCookieJar()).build();
    try (PortainerServer server = PortainerServer.playing(fake);
        PortainerClient client = server.client().httpClient(callers)
            .credentials(PortainerServer.USER, PortainerServer.PASSWORD).build()) {
      client.stacks().listAll();
      client.environments().get(1);
      List<RecordedRequest> requests = fake.requests();
      assertThat(requests).extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath())
          .containsExactly("POST /api/auth", "GET /api/stacks", "GET /api/endpoints/1");
      assertThat(requests.get(0).getBody().utf8())
          .isEqualTo("{\"Username\":\"admin\",\"Password\":\"correct horse battery staple\"}");
      assertThat(requests.get(0).getHeaders().get("Content-Type")).startsWith("application/json");
      for (RecordedRequest request : requests.subList(1, 3)) {
        assertThat(request.getHeaders().get("Authorization")).startsWith("Bearer eyJ.");
        assertThat(request.getHeaders().get("X-API-Key")).isNull();
        assertThat(request.getHeaders().get("Cookie")).isNull();
      }
    } finally {
      callers.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void anExpiredJwtLeadsToOneNewLogin() {
    FakePortainer fake = new FakePortainer(V223);
    try (PortainerServer server = PortainerServer.playing(fake); PortainerClient client = server.loginClient()) {
      client.stacks().listAll();
      fake.restart();
      client.stacks().listAll();
      client.stacks().listAll();
      assertThat(fake.requests()).extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath()
          + " " + r.getHeaders().get("Authorization")).hasSize(6);
      assertThat(fake.requests()).extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath()).containsExactly(
          "POST /api/auth", "GET /api/stacks", "GET /api/stacks", "POST /api/auth", "GET /api/stacks",
          "GET /api/stacks");
      List<RecordedRequest> requests = fake.requests();
      assertThat(requests.get(2).getHeaders().get("Authorization"))
          .isEqualTo(requests.get(1).getHeaders().get("Authorization"));
      assertThat(requests.get(4).getHeaders().get("Authorization"))
          .isNotEqualTo(requests.get(2).getHeaders().get("Authorization"));
    }
  }

  @Test
  void a401AfterTheNewLoginIsReportedNotLooped() {
    AtomicInteger logins = new AtomicInteger();
    List<String> paths = new ArrayList<>();
    try (PortainerServer server = new PortainerServer()) {
      server.server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          synchronized (paths) {
            paths.add(request.getMethod() + " " + request.getUrl().encodedPath());
          }
          if (request.getUrl().encodedPath().equals("/api/auth")) {
            return new MockResponse.Builder().code(200).body("{\"jwt\":\"token-" + logins.incrementAndGet() + "\"}")
                .build();
          }
          return new MockResponse.Builder().code(401)
              .body("{\"message\":\"An authorization token is invalid\",\"details\":\"Unauthorized\"}").build();
        }
      });
      try (PortainerClient client = server.client().credentials(PortainerServer.USER, PortainerServer.PASSWORD)
          .version(V223).build()) {
        PortainerApiException e = catchThrowableOfType(PortainerApiException.class, () -> client.stacks().get(3));
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.serverMessage()).isEqualTo("An authorization token is invalid");
        assertThat(e.getMessage()).doesNotContain("token-1", "token-2", PortainerServer.PASSWORD);
      }
      assertThat(paths).containsExactly("POST /api/auth", "GET /api/stacks/3", "POST /api/auth", "GET /api/stacks/3");
    }
  }

  @Test
  void badCredentialsAre422() {
    FakePortainer fake = new FakePortainer(V223);
    try (PortainerServer server = PortainerServer.playing(fake);
        PortainerClient client = server.client().credentials("admin", "wrong password!").build()) {
      PortainerApiException e = catchThrowableOfType(PortainerApiException.class, () -> client.stacks().listAll());
      assertThat(e.status()).isEqualTo(422);
      assertThat(e.route()).isEqualTo("POST /api/auth");
      assertThat(e.getMessage()).contains("invalid credentials for user 'admin'").doesNotContain("wrong password!");
      assertThat(fake.count("POST", "/api/auth")).isEqualTo(1);
      assertThat(fake.count("GET", "/api/stacks")).isZero();
    }
  }

  @Test
  void versionFallsBackToTheOldStatusRouteAndIsAskedOnce() {
    FakePortainer fake = new FakePortainer(PortainerVersion.parse("2.16.2"));
    try (PortainerServer server = PortainerServer.playing(fake); PortainerClient client = server.apiKeyClient()) {
      assertThat(client.version()).isEqualTo(PortainerVersion.parse("2.16.2"));
      assertThat(client.version()).isEqualTo(PortainerVersion.parse("2.16.2"));
      assertThat(fake.requests()).extracting(r -> r.getUrl().encodedPath())
          .containsExactly("/api/system/status", "/api/status");
    }
  }

  @Test
  void aVersionGivenToTheBuilderIsNotAsked() {
    FakePortainer fake = new FakePortainer(V223).environment(1, "local", null);
    try (PortainerServer server = PortainerServer.playing(fake);
        PortainerClient client = server.client().apiKey(PortainerServer.API_KEY)
            .version(PortainerVersion.parse("2.18.4")).build()) {
      client.stacks().create(StackTarget.compose(1), "web", "services: {}\n", StackEnv.empty());
      assertThat(fake.requests()).extracting(r -> r.getUrl().encodedPath()).containsExactly("/api/stacks");
    }
  }

  /** A cookie jar that keeps everything, as a careless caller's client would. */
  private static final class MemoryCookieJar implements CookieJar {
    private final List<Cookie> cookies = new ArrayList<>();

    @Override
    public synchronized void saveFromResponse(HttpUrl url, List<Cookie> received) {
      cookies.addAll(received);
    }

    @Override
    public synchronized List<Cookie> loadForRequest(HttpUrl url) {
      return new ArrayList<>(cookies);
    }
  }
}
