package dev.phoenix.portainer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.deploy.EngineUnreachableException;
import dev.phoenix.portainer.internal.Decode;
import dev.phoenix.portainer.internal.Json;
import dev.phoenix.portainer.internal.PortainerHttp;
import dev.phoenix.portainer.internal.PortainerHttp.Kind;
import dev.phoenix.portainer.internal.Routes;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Portainer's stacks ({@code /api/stacks}). Get it from {@link PortainerClient#stacks()}. Every call
 * that Portainer needs it for sends {@code endpointId}; every update resends {@code Env} (Portainer
 * replaces the stored list with what is sent).
 *
 * <pre>{@code
 * StackSyncResult result = portainer.stacks().createOrUpdate(1, "shop", composeText,
 *     StackEnv.of(Map.of("TAG", "1.4")));
 * result.outcome();   // CREATED, UPDATED or UNCHANGED
 * }</pre>
 */
public final class PortainerStacks {
  private static final Logger LOG = LoggerFactory.getLogger(PortainerStacks.class);
  private static final Pattern STRIPPED = Pattern.compile("[^-_a-z0-9]+");
  private static final MediaType YAML = MediaType.get("application/x-yaml");

  private final PortainerHttp http;
  private final Supplier<PortainerVersion> version;

  PortainerStacks(PortainerHttp http, Supplier<PortainerVersion> version) {
    this.http = http;
    this.version = version;
  }

  /**
   * The name as Portainer stores it: lowercased, every character other than {@code -}, {@code _},
   * {@code a-z} and {@code 0-9} deleted ({@code My App.v2} becomes {@code myappv2}).
   *
   * @throws IllegalArgumentException when nothing usable is left, or it does not start with a letter
   *     or digit (compose requires it; Portainer would accept it and fail later)
   */
  public static String normalizeName(String name) {
    String normalized = STRIPPED.matcher(Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT)).replaceAll("");
    if (normalized.isEmpty() || !Character.isLetterOrDigit(normalized.charAt(0))) {
      throw new IllegalArgumentException("'" + name + "' is no stack name: Portainer keeps only -, _, a-z and 0-9"
          + " (lowercased), which leaves '" + normalized + "', and a project name starts with a letter or digit");
    }
    return normalized;
  }

  /**
   * The stacks deployed at {@code target}: compose stacks of its environment ({@code EndpointID}
   * filter) or swarm stacks of its Swarm ({@code SwarmID} filter). Stacks deployed outside
   * Portainer are never listed.
   */
  public List<PortainerStack> list(StackTarget target) {
    ObjectNode filter = target.isSwarm()
        ? Json.object().put("SwarmID", target.swarmId())
        : Json.object().put("EndpointID", target.endpointId());
    return Decode.stacks(http.getJson(http.url("api/stacks").addQueryParameter("filters", Json.write(filter)).build()));
  }

  /** Every stack the caller may see, on every environment. */
  public List<PortainerStack> listAll() {
    return Decode.stacks(http.getJson(http.url("api/stacks").build()));
  }

  /** The stack named {@code name} (normalized as Portainer does) at {@code target}, if any. */
  public Optional<PortainerStack> find(StackTarget target, String name) {
    String normalized = normalizeName(name);
    return list(target).stream().filter(s -> s.name().equalsIgnoreCase(normalized)).findFirst();
  }

  /**
   * Stack {@code stackId}.
   *
   * @throws PortainerApiException 404 when there is none, 403 without access
   */
  public PortainerStack get(int stackId) {
    return Decode.stack(http.getJson(http.url("api/stacks/" + stackId).build()));
  }

  /** The content of stack {@code stackId}'s entry-point file. */
  public String file(int stackId) {
    JsonNode file = http.getJson(http.url("api/stacks/" + stackId + "/file").build());
    return file == null ? "" : Json.text(file, "StackFileContent", "stackFileContent");
  }

  /**
   * Creates a stack from compose text ({@code method=string}). Blocks for the whole deployment.
   *
   * @throws StackConflictException when the name is taken (HTTP 409), even by something Portainer does not list
   * @throws PortainerApiException 500 with compose's stderr when the deployment fails (nothing is kept)
   */
  public PortainerStack create(StackTarget target, String name, String compose, StackEnv env) {
    String normalized = normalizeName(name);
    ObjectNode body = Json.object().put("Name", normalized).put("StackFileContent", requireText(compose));
    body.set("Env", Json.envList(env));
    if (target.isSwarm()) {
      body.put("SwarmID", target.swarmId());
    }
    return createWith(target, normalized, "string", PortainerHttp.json(body));
  }

  /**
   * Creates a stack by uploading the compose file ({@code method=file}, multipart with Portainer's
   * case-sensitive parts {@code Name}, {@code SwarmID}, {@code Env} and {@code file}).
   */
  public PortainerStack createFromFile(StackTarget target, String name, String compose, StackEnv env) {
    String normalized = normalizeName(name);
    MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("Name", normalized);
    if (target.isSwarm()) {
      body.addFormDataPart("SwarmID", target.swarmId());
    }
    body.addFormDataPart("Env", Json.write(Json.envList(env)));
    body.addFormDataPart("file", "docker-compose.yml",
        RequestBody.create(requireText(compose).getBytes(StandardCharsets.UTF_8), YAML));
    return createWith(target, normalized, "file", body.build());
  }

  /** Creates a stack from a git repository ({@code method=repository}). */
  public PortainerStack createFromRepository(StackTarget target, String name, GitSource source, StackEnv env) {
    String normalized = normalizeName(name);
    PortainerVersion server = version.get();
    ObjectNode body = Json.object().put("Name", normalized).put("RepositoryURL", source.url());
    if (source.reference() != null) {
      body.put("RepositoryReferenceName", source.reference());
    }
    if (source.composeFile() != null) {
      body.put(Routes.composeFileField(server), source.composeFile());
    }
    ArrayNode additional = body.putArray("AdditionalFiles");
    source.additionalFiles().forEach(additional::add);
    body.put("RepositoryAuthentication", source.hasCredentials());
    if (source.hasCredentials()) {
      body.put("RepositoryUsername", source.username()).put("RepositoryPassword", source.password());
    }
    if (source.autoUpdate() != null) {
      AutoUpdate auto = source.autoUpdate();
      ObjectNode node = body.putObject("AutoUpdate");
      if (auto.interval() != null) {
        node.put("Interval", auto.interval());
      }
      if (auto.webhook() != null) {
        node.put("Webhook", auto.webhook());
      }
      node.put("ForceUpdate", auto.forceUpdate()).put("ForcePullImage", auto.forcePullImage());
    }
    body.put("TLSSkipVerify", source.tlsSkipVerify());
    body.set("Env", Json.envList(env));
    if (target.isSwarm()) {
      body.put("SwarmID", target.swarmId());
    }
    return createWith(target, normalized, "repository", PortainerHttp.json(body));
  }

  /**
   * Replaces a stack's file and environment ({@code PUT /api/stacks/{id}}) and redeploys it. Both
   * are always sent. On a git stack this detaches it from git: use {@link #redeployFromGit} there.
   * If the deployment fails, Portainer answers 500 and a compose stack is left stopped.
   */
  public PortainerStack update(int endpointId, int stackId, String compose, StackEnv env, UpdateOptions options) {
    ObjectNode body = Json.object().put("StackFileContent", requireText(compose));
    body.set("Env", Json.envList(env));
    body.put("Prune", options.prune()).put("PullImage", options.pullImage());
    HttpUrl url = onEndpoint("api/stacks/" + stackId, endpointId).build();
    try {
      return Decode.stack(Json.readOrNull(http.exchange("PUT", url, PortainerHttp.json(body), Kind.DEPLOY).body()));
    } catch (InterruptedIOException e) {
      throw updateTimedOut(url, stackId, compose, env, e);
    } catch (IOException e) {
      throw http.unreachable("PUT", url, e);
    }
  }

  /**
   * An update without an answer in time, read back: Portainer saves the new file before it deploys
   * (and puts the old one back if the deployment fails), so a stack holding the new file is being
   * deployed or was; one holding the old file never got the update. Never sent again blindly.
   */
  private EngineUnreachableException updateTimedOut(HttpUrl url, int stackId, String compose, StackEnv env,
      InterruptedIOException e) {
    String route = PortainerHttp.route("PUT", url);
    String state;
    try {
      PortainerStack stack = get(stackId);
      state = file(stackId).equals(compose) && stack.env().equals(env)
          ? "Stack " + stackId + " already holds the new file, so Portainer is deploying it or has: read its"
              + " containers to know whether it succeeded (a failed deployment puts the old file back)"
          : "Stack " + stackId + " still holds its earlier file: the update may still be queued (Portainer runs one"
              + " deployment at a time); read the stack again before sending it once more";
    } catch (PhoenixException readFailure) {
      state = "Reading stack " + stackId + " back failed too (" + readFailure.getMessage() + ")";
    }
    return new EngineUnreachableException(http.base().toString(), "Portainer did not answer " + route + " in time. "
        + state + "; or raise the deploy timeout", e);
  }

  /** Pulls a git stack's repository and redeploys it ({@code PUT /api/stacks/{id}/git/redeploy}). */
  public PortainerStack redeployFromGit(int endpointId, int stackId, GitRedeploy redeploy) {
    ObjectNode body = Json.object().put("RepositoryReferenceName", redeploy.reference())
        .put("RepositoryAuthentication", redeploy.username() != null);
    if (redeploy.username() != null) {
      body.put("RepositoryUsername", redeploy.username())
          .put("RepositoryPassword", Objects.requireNonNullElse(redeploy.password(), ""));
    }
    body.set("Env", Json.envList(redeploy.env()));
    body.put("Prune", redeploy.options().prune()).put("PullImage", redeploy.options().pullImage());
    return deploy("PUT", "api/stacks/" + stackId + "/git/redeploy", endpointId, PortainerHttp.json(body));
  }

  /** Starts a stopped stack (compose {@code up} or swarm {@code deploy}); 400 when already active. */
  public PortainerStack start(int endpointId, int stackId) {
    return deploy("POST", "api/stacks/" + stackId + "/start", endpointId, null);
  }

  /** Stops a stack: compose {@code down} (containers removed, volumes kept) or swarm {@code stack rm}. */
  public PortainerStack stop(int endpointId, int stackId) {
    return deploy("POST", "api/stacks/" + stackId + "/stop", endpointId, null);
  }

  /** Removes a stack: compose {@code down --remove-orphans} (volumes kept) or {@code stack rm}, then its record. */
  public void delete(int endpointId, int stackId) {
    HttpUrl url = onEndpoint("api/stacks/" + stackId, endpointId).build();
    http.send("DELETE", url, null, Kind.DEPLOY);
  }

  /**
   * Removes a swarm stack that Portainer does not manage ({@code DELETE /api/stacks/{name}?external=true});
   * administrators only.
   */
  public void deleteExternal(int endpointId, String name) {
    HttpUrl url = onEndpoint("api/stacks/" + name, endpointId)
        .addQueryParameter("external", "true").build();
    http.send("DELETE", url, null, Kind.DEPLOY);
  }

  /**
   * Triggers a git stack's webhook ({@code POST /api/stacks/webhooks/{uuid}}, public: no credentials
   * are sent). Portainer CE has webhooks for git stacks with {@link AutoUpdate#webhook()} only.
   */
  public void triggerWebhook(String webhookId) {
    http.send("POST", webhookUrl(webhookId), null, Kind.PUBLIC_WRITE);
  }

  /** The URL of a stack webhook, to give to a CI system. */
  public HttpUrl webhookUrl(String webhookId) {
    return http.url("api/stacks/webhooks/" + Objects.requireNonNull(webhookId, "webhookId")).build();
  }

  /**
   * The containers of {@code stack}, as the engine reports them through Portainer's Docker proxy
   * (label {@code com.docker.compose.project}, or {@code com.docker.stack.namespace} for swarm):
   * the stack's real state, which Portainer's {@code Status} is not.
   */
  public List<StackContainer> containers(PortainerStack stack) {
    return containers(stack.endpointId(), stack.name(), stack.type());
  }

  /** The containers of the stack or compose project {@code name} on environment {@code endpointId}. */
  public List<StackContainer> containers(int endpointId, String name, StackType type) {
    return containersLabelled(endpointId, stackLabel(type) + "=" + name);
  }

  /**
   * The containers of every compose project (or, for {@link StackType#SWARM}, every swarm stack) on
   * environment {@code endpointId}, by {@link StackContainer#stack()}, in one request: for listing
   * many stacks at once. Projects that Portainer does not manage are included.
   */
  public Map<String, List<StackContainer>> containersByStack(int endpointId, StackType type) {
    Map<String, List<StackContainer>> byStack = new TreeMap<>();
    for (StackContainer container : containersLabelled(endpointId, stackLabel(type))) {
      byStack.computeIfAbsent(container.stack(), key -> new ArrayList<>()).add(container);
    }
    return byStack;
  }

  private static String stackLabel(StackType type) {
    return type == StackType.SWARM ? "com.docker.stack.namespace" : "com.docker.compose.project";
  }

  private List<StackContainer> containersLabelled(int endpointId, String label) {
    ObjectNode filters = Json.object();
    filters.putArray("label").add(label);
    JsonNode list = http.getJson(http.url("api/endpoints/" + endpointId + "/docker/containers/json")
        .addQueryParameter("all", "1").addQueryParameter("filters", Json.write(filters)).build());
    List<StackContainer> containers = new ArrayList<>();
    if (list != null) {
      list.forEach(node -> containers.add(Decode.container(node)));
    }
    return containers;
  }

  /** {@link #createOrUpdate(StackTarget, String, String, StackEnv, UpdateOptions)} for a compose stack, no pull. */
  public StackSyncResult createOrUpdate(int endpointId, String name, String compose, StackEnv env) {
    return createOrUpdate(StackTarget.compose(endpointId), name, compose, env, UpdateOptions.DEFAULT);
  }

  /**
   * Makes the stack {@code name} at {@code target} hold {@code compose} and {@code env}, sending as
   * little as possible: nothing when its file and environment already are these (the order of the
   * variables does not matter), one PUT when they differ, one POST when it is absent.
   *
   * @throws StackConflictException when it is absent but the name is taken on the engine (an
   *     external compose project, stray containers): never turned into an update
   * @throws PhoenixException when the stack is git-based (a PUT would detach it from git; use
   *     {@link #redeployFromGit})
   */
  public StackSyncResult createOrUpdate(StackTarget target, String name, String compose, StackEnv env,
      UpdateOptions options) {
    String normalized = normalizeName(name);
    requireText(compose);
    Optional<PortainerStack> found = find(target, normalized);
    if (found.isEmpty()) {
      return new StackSyncResult(SyncOutcome.CREATED, create(target, normalized, compose, env));
    }
    PortainerStack stack = requireFileBased(found.get());
    if (file(stack.id()).equals(compose) && stack.env().equals(env)) {
      LOG.debug("Portainer: stack {} (ID {}) is unchanged", normalized, stack.id());
      return new StackSyncResult(SyncOutcome.UNCHANGED, stack);
    }
    return new StackSyncResult(SyncOutcome.UPDATED, update(target.endpointId(), stack.id(), compose, env, options));
  }

  /**
   * {@code stack}, when it is not deployed from git: replacing a git stack's file would detach it from git.
   *
   * @throws PhoenixException for a git stack, saying to redeploy it from git or delete it
   */
  static PortainerStack requireFileBased(PortainerStack stack) {
    if (stack.isGitBased()) {
      throw new PhoenixException("Portainer stack '" + stack.name() + "' (ID " + stack.id() + ") is deployed from git"
          + " (" + stack.gitConfig().url() + "); updating it with file content would detach it from git. Redeploy it"
          + " from git instead, or delete it first");
    }
    return stack;
  }

  private PortainerStack createWith(StackTarget target, String normalized, String method, RequestBody body) {
    HttpUrl url = Routes.create(http, version.get(), target, method);
    try {
      return Decode.stack(Json.readOrNull(http.exchange("POST", url, body, Kind.DEPLOY).body()));
    } catch (PortainerApiException e) {
      if (e.status() == 409) {
        throw conflict(e, target, normalized);
      }
      throw e;
    } catch (InterruptedIOException e) {
      // The server may have deployed and saved it: read back, never send a second POST blindly.
      Optional<PortainerStack> created = find(target, normalized);
      if (created.isPresent()) {
        LOG.info("Portainer: creating stack {} timed out, but the stack exists (ID {})", normalized,
            created.get().id());
        return created.get();
      }
      throw new EngineUnreachableException(http.base().toString(), "Portainer did not answer "
          + PortainerHttp.route("POST", url) + " in time, and no stack '" + normalized + "' exists yet on environment "
          + target.endpointId() + ". The server may still be deploying it (deployments are serialized): read the"
          + " stack again before creating it once more, or raise the deploy timeout", e);
    } catch (IOException e) {
      throw http.unreachable("POST", url, e);
    }
  }

  private PortainerStack deploy(String method, String path, int endpointId, RequestBody body) {
    HttpUrl url = onEndpoint(path, endpointId).build();
    return Decode.stack(Json.readOrNull(http.send(method, url, body, Kind.DEPLOY).body()));
  }

  /** {@code path} with the {@code endpointId} that every call acting on a stack needs. */
  private HttpUrl.Builder onEndpoint(String path, int endpointId) {
    return http.url(path).addQueryParameter("endpointId", Integer.toString(endpointId));
  }

  /** A 409 explained: a Portainer stack of that name, or what else holds the name (read as far as allowed). */
  private StackConflictException conflict(PortainerApiException e, StackTarget target, String name) {
    Integer existing = null;
    List<String> names = List.of();
    try {
      existing = find(target, name).map(PortainerStack::id).orElse(null);
      if (existing == null) {
        names = containers(target.endpointId(), name, target.stackType()).stream().map(StackContainer::name).toList();
      }
    } catch (PhoenixException readFailure) {
      LOG.debug("Portainer: what holds the name {} could not be read: {}", name, readFailure.getMessage());
    }
    return new StackConflictException(e, name, target.endpointId(), existing, names);
  }

  private static String requireText(String compose) {
    if (Objects.requireNonNull(compose, "compose").isBlank()) {
      throw new IllegalArgumentException("the compose file is empty");
    }
    return compose;
  }
}
