package dev.phoenix.portainer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phoenix.portainer.PortainerVersion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;

/**
 * A Portainer server in memory, for MockWebServer: it plays the routes, status codes and error
 * bodies of {@code shared/portainer/CONTRACT.md} for the version it is given (2.18 and earlier: the
 * old create route and 404 on a PUT without {@code endpointId}; 2.19.0: the typed create routes
 * only; 2.19.1+: both; 2.20+: a login cookie and CSRF 403s; 2.22+: {@code Details} capitalized).
 * Environments, stacks and stray containers are its state; every request is recorded.
 *
 * <pre>{@code
 * FakePortainer portainer = new FakePortainer(PortainerVersion.parse("2.23.0")).apiKey("ptr_test")
 *     .environment(1, "local", null);
 * server.setDispatcher(portainer);
 * }</pre>
 */
public final class FakePortainer extends Dispatcher {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A stack as the fake keeps it. */
  public static final class FakeStack {
    public final int id;
    public final String name;
    public final int type;
    public final int endpointId;
    public final String swarmId;
    public String file;
    public List<String[]> env;
    public int status = 1;
    public String gitUrl;
    public String gitReference;
    public String webhook;
    /** Whether its containers are gone while its status stays 1, as a failed compose update leaves it. */
    public boolean down;

    FakeStack(int id, String name, int type, int endpointId, String swarmId, String file, List<String[]> env) {
      this.id = id;
      this.name = name;
      this.type = type;
      this.endpointId = endpointId;
      this.swarmId = swarmId;
      this.file = file;
      this.env = env;
    }
  }

  private final PortainerVersion version;
  private final Map<Integer, String[]> environments = new TreeMap<>();
  private final Map<Integer, FakeStack> stacks = new TreeMap<>();
  private final List<String[]> strayContainers = new ArrayList<>();
  private final Map<String, String[]> heldImages = new TreeMap<>();
  private final Map<String, String[]> registryImages = new TreeMap<>();
  private final List<RecordedRequest> requests = new ArrayList<>();
  private final List<String> jwts = new ArrayList<>();
  private final AtomicInteger nextId = new AtomicInteger(1);
  private String apiKey;
  private String username;
  private String password;
  private long deployDelayMillis;
  private String nextDeployFailure;

  /** A server of {@code version} with no environments, stacks or users. */
  public FakePortainer(PortainerVersion version) {
    this.version = version;
  }

  /** Accepts {@code key} in {@code X-API-Key}. */
  public synchronized FakePortainer apiKey(String key) {
    this.apiKey = key;
    return this;
  }

  /** Accepts this login at {@code POST /api/auth}. */
  public synchronized FakePortainer user(String username, String password) {
    this.username = username;
    this.password = password;
    return this;
  }

  /** An environment of type 1 (Docker), a Swarm manager when {@code swarmId} is not null. */
  public synchronized FakePortainer environment(int id, String name, String swarmId) {
    environments.put(id, new String[] {Integer.toString(id), name, swarmId});
    return this;
  }

  /** A container on environment {@code endpointId} labelled with compose project {@code project}, outside Portainer. */
  public synchronized FakePortainer strayContainer(int endpointId, String project, String containerName) {
    strayContainers.add(new String[] {Integer.toString(endpointId), project, containerName});
    return this;
  }

  /**
   * An image that environment {@code endpointId}'s engine holds under {@code reference}, with
   * {@code repoDigest} ({@code repository@sha256:...}) as its only {@code RepoDigests} entry, or none
   * when null (an image built there).
   */
  public synchronized FakePortainer heldImage(int endpointId, String reference, String repoDigest) {
    heldImages.put(endpointId + " " + reference, new String[] {"sha256:" + Integer.toHexString(reference.hashCode()),
        repoDigest, reference});
    return this;
  }

  /**
   * An image a pull of {@code repository} and {@code tag} (as Docker's {@code fromImage} and
   * {@code tag}) finds in its registry; afterwards the engine holds it as {@code reference}.
   */
  public synchronized FakePortainer registryImage(String repository, String tag, String reference, String digest) {
    registryImages.put(repository + ":" + tag, new String[] {"sha256:" + Integer.toHexString(reference.hashCode()),
        repository + "@" + digest, reference});
    return this;
  }

  /** Answers create, update and redeploy calls only after this delay (the state changes at once). */
  public synchronized FakePortainer deployDelay(long millis) {
    this.deployDelayMillis = millis;
    return this;
  }

  /** The next deployment fails with compose's {@code stderr}, as a 500. */
  public synchronized FakePortainer failNextDeploy(String stderr) {
    this.nextDeployFailure = stderr;
    return this;
  }

  /** A server restart: every JWT becomes invalid (the signing key is new). */
  public synchronized void restart() {
    jwts.clear();
  }

  /** Puts a compose stack in place as if created earlier, and returns it. */
  public synchronized FakeStack seedStack(int endpointId, String name, String file, Map<String, String> env) {
    List<String[]> list = new ArrayList<>();
    env.forEach((k, v) -> list.add(new String[] {k, v}));
    FakeStack stack = new FakeStack(nextId.getAndIncrement(), name, 2, endpointId, "", file, list);
    stacks.put(stack.id, stack);
    return stack;
  }

  /** The stacks, by ID. */
  public synchronized Map<Integer, FakeStack> stacks() {
    return new TreeMap<>(stacks);
  }

  /** Every request received, in order. */
  public synchronized List<RecordedRequest> requests() {
    return new ArrayList<>(requests);
  }

  /** How many requests had this method and a path matching {@code pathPattern} (a regex). */
  public synchronized long count(String method, String pathPattern) {
    return requests.stream().filter(r -> r.getMethod().equals(method)
        && r.getUrl().encodedPath().matches(pathPattern)).count();
  }

  /** Forgets the recorded requests. */
  public synchronized void clearRequests() {
    requests.clear();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    MockResponse response;
    long delay;
    synchronized (this) {
      requests.add(request);
      delay = deployDelayMillis;
      try {
        response = route(request);
      } catch (RuntimeException | IOException e) {
        response = error(500, "fake server failure", String.valueOf(e));
      }
    }
    boolean deploys = !request.getMethod().equals("GET") && request.getUrl().encodedPath().startsWith("/api/stacks")
        && !request.getUrl().encodedPath().contains("webhooks");
    if (deploys && delay > 0) {
      return response.newBuilder().headersDelay(delay, TimeUnit.MILLISECONDS).build();
    }
    return response;
  }

  private MockResponse route(RecordedRequest request) throws IOException {
    String method = request.getMethod();
    HttpUrl url = request.getUrl();
    List<String> path = url.pathSegments();
    String p = url.encodedPath();
    if (method.equals("GET") && p.equals("/api/system/status")) {
      return version.isAtLeast(2, 17) ? json(200, statusBody()) : plain(404, "404 page not found");
    }
    if (method.equals("GET") && p.equals("/api/status")) {
      return json(200, statusBody());
    }
    if (method.equals("POST") && p.equals("/api/auth")) {
      return login(request);
    }
    if (method.equals("POST") && p.startsWith("/api/stacks/webhooks/")) {
      return webhook(path.get(3));
    }
    MockResponse denied = authenticate(request);
    if (denied != null) {
      return denied;
    }
    if (p.equals("/api/endpoints") && method.equals("GET")) {
      return listEnvironments(url);
    }
    if (path.size() >= 3 && path.get(1).equals("endpoints")) {
      String[] env = environments.get(Integer.parseInt(path.get(2)));
      if (env == null) {
        return error(404, "Unable to find an environment with the specified identifier inside the database",
            "object not found inside the database");
      }
      if (path.size() == 3) {
        return json(200, environmentJson(env));
      }
      if (p.endsWith("/docker/swarm")) {
        return env[2] == null
            ? json(503, JSON.createObjectNode().put("message",
                "This node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\" to connect"
                    + " this node to swarm and try again."))
            : json(200, JSON.createObjectNode().put("ID", env[2]).put("CreatedAt", "2026-01-01T00:00:00Z"));
      }
      if (p.endsWith("/docker/containers/json")) {
        return containers(Integer.parseInt(env[0]), url);
      }
      String docker = "/api/endpoints/" + env[0] + "/docker/";
      if (method.equals("GET") && p.startsWith(docker + "images/") && p.endsWith("/json")) {
        return inspectImage(Integer.parseInt(env[0]),
            String.join("/", path.subList(5, path.size() - 1)));
      }
      if (method.equals("POST") && p.equals(docker + "images/create")) {
        return pull(Integer.parseInt(env[0]), url);
      }
    }
    if (p.equals("/api/stacks") && method.equals("GET")) {
      return listStacks(url);
    }
    if (p.equals("/api/stacks") && method.equals("POST")) {
      if (version.equals(new PortainerVersion(2, 19, 0))) {
        return plain(405, "405 method not allowed");
      }
      String type = url.queryParameter("type");
      return create(request, "1".equals(type) ? "swarm" : "2".equals(type) ? "standalone" : "?",
          url.queryParameter("method"));
    }
    if (p.startsWith("/api/stacks/create/") && method.equals("POST") && path.size() == 5) {
      if (!version.hasTypedCreateRoutes()) {
        return plain(404, "404 page not found");
      }
      return create(request, path.get(3), path.get(4));
    }
    if (path.size() >= 3 && path.get(1).equals("stacks")) {
      return stackRoute(request, path);
    }
    return plain(404, "404 page not found");
  }

  private MockResponse stackRoute(RecordedRequest request, List<String> path) {
    String method = request.getMethod();
    HttpUrl url = request.getUrl();
    if (method.equals("DELETE") && "true".equals(url.queryParameter("external"))) {
      return new MockResponse.Builder().code(204).build();
    }
    FakeStack stack;
    try {
      stack = stacks.get(Integer.parseInt(path.get(2)));
    } catch (NumberFormatException e) {
      return error(400, "Invalid stack identifier route variable", "Invalid route variable");
    }
    String action = path.size() > 3 ? String.join("/", path.subList(3, path.size())) : "";
    if (stack == null) {
      return error(404, "Unable to find a stack with the specified identifier inside the database",
          "object not found inside the database");
    }
    if (method.equals("GET") && action.isEmpty()) {
      return json(200, stackJson(stack));
    }
    if (method.equals("GET") && action.equals("file")) {
      return json(200, JSON.createObjectNode().put("StackFileContent", stack.file));
    }
    String endpointId = url.queryParameter("endpointId");
    if (endpointId == null) {
      if (version.hasTypedCreateRoutes() && !action.startsWith("git")) {
        return error(400, "Invalid query parameter: endpointId", "Missing query parameter");
      }
      return error(404, "Unable to find the environment associated to the stack inside the database",
          "object not found inside the database");
    }
    if (Integer.parseInt(endpointId) != stack.endpointId) {
      return error(404, "Unable to find an environment with the specified identifier inside the database",
          "object not found inside the database");
    }
    JsonNode body = readJson(request);
    switch (method + " " + action) {
      case "PUT " -> {
        String file = field(body, "StackFileContent");
        if (file == null || file.isEmpty()) {
          return error(400, "Invalid request payload", "Invalid stack file content");
        }
        if (nextDeployFailure != null) {
          // Portainer rolls the file back, and compose's failed 'up' is followed by 'down'.
          stack.down = stack.type == 2;
          return deployFailure();
        }
        stack.down = false;
        stack.file = file;
        stack.env = env(fieldNode(body, "Env"));
        stack.gitUrl = null;
        stack.status = 1;
        return json(200, stackJson(stack));
      }
      case "PUT git/redeploy" -> {
        if (stack.gitUrl == null) {
          return error(400, "Stack is not created from git", "Stack is not created from git");
        }
        stack.gitReference = field(body, "RepositoryReferenceName");
        stack.env = env(fieldNode(body, "Env"));
        return json(200, stackJson(stack));
      }
      case "POST start" -> {
        if (stack.status == 1) {
          return error(400, "Stack is already active", "Stack is already active");
        }
        stack.status = 1;
        stack.down = false;
        return json(200, stackJson(stack));
      }
      case "POST stop" -> {
        if (stack.status == 2) {
          return error(400, "Stack is already inactive", "Stack is already inactive");
        }
        stack.status = 2;
        return json(200, stackJson(stack));
      }
      case "DELETE " -> {
        stacks.remove(stack.id);
        return new MockResponse.Builder().code(204).build();
      }
      default -> {
        return plain(404, "404 page not found");
      }
    }
  }

  private MockResponse create(RecordedRequest request, String type, String method) throws IOException {
    String endpointParam = request.getUrl().queryParameter("endpointId");
    if (endpointParam == null) {
      return error(400, "Invalid query parameter: endpointId", "Missing query parameter");
    }
    int endpointId = Integer.parseInt(endpointParam);
    if (!environments.containsKey(endpointId)) {
      return error(404, "Unable to find an environment with the specified identifier inside the database",
          "object not found inside the database");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    JsonNode envNode = null;
    if (method.equals("file")) {
      fields.putAll(multipart(request));
      envNode = fields.containsKey("Env") ? JSON.readTree(fields.get("Env")) : null;
    } else {
      JsonNode body = readJson(request);
      for (String name : List.of("Name", "StackFileContent", "SwarmID", "RepositoryURL", "RepositoryReferenceName",
          "ComposeFile")) {
        String value = field(body, name);
        if (value != null) {
          fields.put(name, value);
        }
      }
      envNode = fieldNode(body, "Env");
      JsonNode auto = fieldNode(body, "AutoUpdate");
      if (auto != null && auto.isObject()) {
        fields.put("Webhook", field(auto, "Webhook"));
      }
    }
    String name = fields.getOrDefault("Name", "");
    if (name.isEmpty()) {
      return error(400, "Invalid request payload", "Invalid stack name");
    }
    String swarmId = fields.get("SwarmID");
    if (type.equals("swarm") && (swarmId == null || swarmId.isEmpty())) {
      return error(400, "Invalid request payload", "Invalid Swarm ID");
    }
    String content = method.equals("file") ? fields.get("file") : fields.get("StackFileContent");
    if (method.equals("repository")) {
      if (fields.get("RepositoryURL") == null) {
        return error(400, "Invalid request payload", "Invalid repository URL. Must correspond to a valid URL format");
      }
      content = "# from " + fields.get("RepositoryURL") + "\n";
    } else if (content == null || content.isEmpty()) {
      return error(400, "Invalid request payload", "Invalid stack file content");
    }
    String normalized = name.toLowerCase(Locale.ROOT).replaceAll("[^-_a-z0-9]+", "");
    boolean taken = stacks.values().stream().anyMatch(s -> s.endpointId == endpointId
        && s.name.equalsIgnoreCase(normalized))
        || strayContainers.stream().anyMatch(c -> c[0].equals(Integer.toString(endpointId)) && c[1].equals(normalized));
    if (taken) {
      return error(409, "A stack with the normalized name '" + normalized + "' already exists",
          "A stack with the normalized name '" + normalized + "' already exists");
    }
    if (nextDeployFailure != null) {
      return deployFailure();
    }
    FakeStack stack = new FakeStack(nextId.getAndIncrement(), normalized, type.equals("swarm") ? 1 : 2, endpointId,
        swarmId == null ? "" : swarmId, content, env(envNode));
    if (method.equals("repository")) {
      stack.gitUrl = fields.get("RepositoryURL");
      stack.gitReference = fields.getOrDefault("RepositoryReferenceName", "refs/heads/main");
      stack.webhook = fields.get("Webhook");
    }
    stacks.put(stack.id, stack);
    return json(200, stackJson(stack));
  }

  private MockResponse deployFailure() {
    String stderr = nextDeployFailure;
    nextDeployFailure = null;
    return error(500, "failed to deploy a stack: " + stderr, "failed to deploy a stack: " + stderr);
  }

  private MockResponse webhook(String uuid) {
    try {
      UUID.fromString(uuid);
    } catch (IllegalArgumentException e) {
      return error(400, "Invalid stack identifier route variable", "Invalid route variable");
    }
    boolean known = stacks.values().stream().anyMatch(s -> uuid.equals(s.webhook));
    return known ? new MockResponse.Builder().code(204).build()
        : error(404, "Unable to find the stack by webhook ID", "object not found inside the database");
  }

  private MockResponse authenticate(RecordedRequest request) {
    String key = request.getHeaders().get("X-API-Key");
    String authorization = request.getHeaders().get("Authorization");
    if (version.isAtLeast(2, 20) && request.getHeaders().get("Cookie") != null) {
      return plain(403, "Forbidden - CSRF token not found in request");
    }
    if (key != null && authorization != null) {
      return error(403, "api key and auth header are not allowed at the same time", "Unauthorized");
    }
    if (key != null) {
      return key.equals(apiKey) ? null : error(401, "Invalid JWT token", "Unauthorized");
    }
    if (authorization != null) {
      String token = authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
      return jwts.contains(token) ? null : error(401, "Invalid JWT token", "Unauthorized");
    }
    return error(401, "A valid authorization token is missing", "Unauthorized");
  }

  private MockResponse login(RecordedRequest request) {
    JsonNode body = readJson(request);
    String user = field(body, "Username");
    String pass = field(body, "Password");
    if (user == null || user.isEmpty() || pass == null) {
      return error(400, "Invalid request payload", "Invalid username");
    }
    if (!user.equals(username) || !pass.equals(password)) {
      return error(422, "Invalid credentials", "Unauthorized");
    }
    String jwt = "eyJ." + UUID.randomUUID() + ".sig";
    jwts.add(jwt);
    MockResponse.Builder response = new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "application/json")
        .body("{\"jwt\":\"" + jwt + "\"}");
    if (version.isAtLeast(2, 20)) {
      response.addHeader("Set-Cookie", "portainer_api_key=" + jwt + "; Path=/; HttpOnly; SameSite=Strict");
    }
    return response.build();
  }

  private MockResponse listEnvironments(HttpUrl url) {
    List<String[]> matching = new ArrayList<>();
    for (String[] env : environments.values()) {
      String name = url.queryParameter("name");
      String search = url.queryParameter("search");
      List<String> types = url.queryParameterValues("types[]");
      if ((name == null || name.equals(env[1])) && (search == null || env[1].contains(search))
          && (types.isEmpty() || types.contains("1"))) {
        matching.add(env);
      }
    }
    int start = Math.max(1, Integer.parseInt(valueOr(url.queryParameter("start"), "1"))) - 1;
    int limit = Integer.parseInt(valueOr(url.queryParameter("limit"), "0"));
    int end = limit <= 0 ? matching.size() : Math.min(matching.size(), start + limit);
    ArrayNode page = JSON.createArrayNode();
    for (String[] env : matching.subList(Math.min(start, matching.size()), end)) {
      page.add(environmentJson(env));
    }
    return json(200, page).newBuilder().setHeader("X-Total-Count", matching.size())
        .setHeader("X-Total-Available", environments.size()).build();
  }

  private MockResponse listStacks(HttpUrl url) throws IOException {
    String filters = url.queryParameter("filters");
    JsonNode filter = filters == null ? JSON.createObjectNode() : JSON.readTree(filters);
    Predicate<FakeStack> keep = s -> true;
    if (filter.has("EndpointID")) {
      int id = filter.get("EndpointID").asInt();
      keep = s -> s.type == 2 && s.endpointId == id;
    } else if (filter.has("SwarmID")) {
      String id = filter.get("SwarmID").asText();
      keep = s -> s.type == 1 && s.swarmId.equals(id);
    }
    ArrayNode list = JSON.createArrayNode();
    stacks.values().stream().filter(keep).forEach(s -> list.add(stackJson(s)));
    return json(200, list);
  }

  /** Docker's container list: every label filter matches, by key alone or by {@code key=value}. */
  private MockResponse containers(int endpointId, HttpUrl url) throws IOException {
    JsonNode filters = JSON.readTree(valueOr(url.queryParameter("filters"), "{}"));
    List<ObjectNode> all = new ArrayList<>();
    for (FakeStack stack : stacks.values()) {
      if (stack.endpointId == endpointId && stack.status == 1 && !stack.down && stack.type == 2) {
        all.add(container(stack.name + "-app-1", "com.docker.compose.project", stack.name, "app", "running",
            "Up 2 minutes (healthy)"));
      } else if (stack.endpointId == endpointId && stack.status == 1 && stack.type == 1) {
        all.add(container(stack.name + "_app.1.x" + stack.id, "com.docker.stack.namespace", stack.name,
            stack.name + "_app", "running", "Up 2 minutes"));
      }
    }
    for (String[] stray : strayContainers) {
      if (stray[0].equals(Integer.toString(endpointId))) {
        all.add(container(stray[2], "com.docker.compose.project", stray[1], "app", "exited", "Exited (0) 3 days ago"));
      }
    }
    ArrayNode list = JSON.createArrayNode();
    for (ObjectNode container : all) {
      boolean matches = true;
      for (JsonNode filter : filters.path("label")) {
        String[] wanted = filter.asText().split("=", 2);
        JsonNode value = container.path("Labels").get(wanted[0]);
        matches &= value != null && (wanted.length == 1 || value.asText().equals(wanted[1]));
      }
      if (matches) {
        list.add(container);
      }
    }
    return json(200, list);
  }

  /** Docker's image inspect: 404 with Docker's message for an image the engine does not hold. */
  private MockResponse inspectImage(int endpointId, String reference) {
    String[] image = heldImages.get(endpointId + " " + reference);
    if (image == null) {
      return json(404, JSON.createObjectNode().put("message", "No such image: " + reference));
    }
    ObjectNode node = JSON.createObjectNode().put("Id", image[0]);
    ArrayNode digests = node.putArray("RepoDigests");
    if (image[1] != null) {
      digests.add(image[1]);
    }
    return json(200, node);
  }

  /** Docker's pull: 200 and a progress stream, with the failure inside it, as Docker reports it. */
  private MockResponse pull(int endpointId, HttpUrl url) {
    String reference = url.queryParameter("fromImage") + ":" + url.queryParameter("tag");
    String[] image = registryImages.get(reference);
    String stream;
    if (image == null) {
      stream = "{\"status\":\"Pulling from " + url.queryParameter("fromImage") + "\"}\n"
          + "{\"errorDetail\":{\"message\":\"manifest unknown\"},\"error\":\"manifest for " + reference
          + " not found: manifest unknown: manifest unknown\"}\n";
    } else {
      heldImages.put(endpointId + " " + image[2], image);
      stream = "{\"status\":\"Pulling from " + url.queryParameter("fromImage") + "\"}\n"
          + "{\"status\":\"Digest: " + image[1].substring(image[1].indexOf('@') + 1) + "\"}\n";
    }
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(stream).build();
  }

  private static ObjectNode container(String name, String stackLabel, String stack, String service, String state,
      String status) {
    ObjectNode node = JSON.createObjectNode().put("Id", Integer.toHexString(name.hashCode()) + "0123456789abcdef")
        .put("Image", "busybox").put("State", state).put("Status", status);
    node.putArray("Names").add("/" + name);
    node.putObject("Labels").put(stackLabel, stack).put(stackLabel.equals("com.docker.stack.namespace")
        ? "com.docker.swarm.service.name" : "com.docker.compose.service", service);
    return node;
  }

  private ObjectNode statusBody() {
    return JSON.createObjectNode().put("Version", version.toString())
        .put("InstanceID", "299ab403-70a8-4c05-92f7-bf7a994d50df");
  }

  private ObjectNode environmentJson(String[] env) {
    ObjectNode node = JSON.createObjectNode().put("Id", Integer.parseInt(env[0])).put("Name", env[1]).put("Type", 1)
        .put("URL", "unix:///var/run/docker.sock").put("PublicURL", "").put("GroupId", 1).put("Status", 1)
        .put("Heartbeat", false).put("ComposeSyntaxMaxVersion", "");
    node.putObject("Edge").put("AsyncMode", false);
    node.putArray("TagIds");
    node.putArray("Snapshots").addObject().put("Swarm", env[2] != null).put("DockerVersion", "20.10.24")
        .put("StackCount", 0);
    return node;
  }

  private ObjectNode stackJson(FakeStack stack) {
    ObjectNode node = JSON.createObjectNode().put("Id", stack.id).put("Name", stack.name).put("Type", stack.type)
        .put("EndpointId", stack.endpointId).put("SwarmId", stack.swarmId).put("EntryPoint", "docker-compose.yml");
    node.putNull("AdditionalFiles");
    ArrayNode env = node.putArray("Env");
    stack.env.forEach(pair -> env.addObject().put("name", pair[0]).put("value", pair[1]));
    node.putObject("ResourceControl").put("ResourceId", stack.endpointId + "_" + stack.name).put("Type", 6);
    node.put("Status", stack.status).put("ProjectPath", "/data/compose/" + stack.id)
        .put("CreationDate", 1767225600).put("UpdateDate", 0).put("CreatedBy", "admin").put("UpdatedBy", "")
        .put("FromAppTemplate", false).put("Namespace", "");
    if (!version.isAtLeast(2, 22)) {
      node.put("IsComposeFormat", false);
    }
    if (stack.gitUrl != null) {
      node.putObject("GitConfig").put("URL", stack.gitUrl).put("ReferenceName", stack.gitReference)
          .put("ConfigFilePath", "docker-compose.yml").put("ConfigHash", "2e71920bf1ee1bbac976d320f8f274411fba3bad")
          .put("TLSSkipVerify", false).putNull("Authentication");
    } else {
      node.putNull("GitConfig");
    }
    if (stack.webhook != null) {
      node.putObject("AutoUpdate").put("Interval", "").put("Webhook", stack.webhook).put("JobID", "")
          .put("ForceUpdate", false).put("ForcePullImage", false);
    } else {
      node.putNull("AutoUpdate");
    }
    node.putNull("Option");
    return node;
  }

  private MockResponse error(int status, String message, String details) {
    ObjectNode body = JSON.createObjectNode().put("message", message)
        .put(version.isAtLeast(2, 22) ? "Details" : "details", details);
    return json(status, body);
  }

  private static MockResponse json(int status, JsonNode body) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
        .body(body.toString()).build();
  }

  private static MockResponse plain(int status, String text) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "text/plain; charset=utf-8")
        .body(text + "\n").build();
  }

  private static JsonNode readJson(RecordedRequest request) {
    try {
      return request.getBody() == null || request.getBody().size() == 0 ? JSON.createObjectNode()
          : JSON.readTree(request.getBody().utf8());
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  /** JSON keys are matched case-insensitively, as Portainer's decoder does. */
  private static JsonNode fieldNode(JsonNode body, String name) {
    for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static String field(JsonNode body, String name) {
    JsonNode node = fieldNode(body, name);
    return node == null || node.isNull() ? null : node.asText();
  }

  private static List<String[]> env(JsonNode list) {
    List<String[]> env = new ArrayList<>();
    if (list != null && list.isArray()) {
      list.forEach(pair -> env.add(new String[] {valueOr(field(pair, "name"), ""), valueOr(field(pair, "value"), "")}));
    }
    return env;
  }

  /** Multipart fields by their case-sensitive names, as Go's {@code r.FormValue} reads them. */
  private static Map<String, String> multipart(RecordedRequest request) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    MediaType type = MediaType.parse(valueOr(request.getHeaders().get("Content-Type"), ""));
    if (type == null || type.parameter("boundary") == null) {
      return fields;
    }
    Buffer buffer = new Buffer().write(request.getBody());
    try (MultipartReader reader = new MultipartReader(buffer, type.parameter("boundary"))) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String disposition = valueOr(part.headers().get("Content-Disposition"), "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("; name=\"([^\"]*)\"").matcher(disposition);
        if (m.find()) {
          fields.put(m.group(1), part.body().readUtf8());
        }
      }
    }
    return fields;
  }

  private static String valueOr(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
