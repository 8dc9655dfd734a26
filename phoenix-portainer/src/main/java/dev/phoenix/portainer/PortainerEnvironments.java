package dev.phoenix.portainer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phoenix.api.deploy.ImageUnavailableException;
import dev.phoenix.core.engine.internal.image.ImageDigests;
import dev.phoenix.core.engine.internal.image.ImageReference;
import dev.phoenix.portainer.internal.Decode;
import dev.phoenix.portainer.internal.Json;
import dev.phoenix.portainer.internal.PortainerHttp;
import dev.phoenix.portainer.internal.PortainerHttp.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Portainer's environments ({@code /api/endpoints}). Get it from {@link PortainerClient#environments()}.
 *
 * <pre>{@code
 * Environment prod = portainer.environments().byName("prod").orElseThrow();
 * String swarmId = portainer.environments().swarmId(prod.id());   // for swarm stacks
 * Optional<String> digest = portainer.environments().imageDigest(prod.id(), "registry.example.com/app:1.4");
 * }</pre>
 */
public final class PortainerEnvironments {
  private final PortainerHttp http;

  PortainerEnvironments(PortainerHttp http) {
    this.http = http;
  }

  /** Every environment the caller may see, all pages. */
  public List<Environment> list() {
    return list(EnvironmentQuery.all());
  }

  /**
   * The environments {@code query} selects, following every page ({@code start}, {@code limit} and
   * the {@code X-Total-Count} header).
   */
  public List<Environment> list(EnvironmentQuery query) {
    List<Environment> environments = new ArrayList<>();
    while (true) {
      HttpUrl.Builder url = http.url("api/endpoints")
          .addQueryParameter("start", Integer.toString(environments.size() + 1))
          .addQueryParameter("limit", Integer.toString(query.pageSize()));
      if (query.name() != null) {
        url.addQueryParameter("name", query.name());
      }
      if (query.search() != null) {
        url.addQueryParameter("search", query.search());
      }
      for (int type : query.types()) {
        url.addQueryParameter("types[]", Integer.toString(type));
      }
      PortainerHttp.Reply reply = http.send("GET", url.build(), null, Kind.READ);
      JsonNode page = Json.readOrNull(reply.body());
      int before = environments.size();
      if (page != null) {
        page.forEach(node -> environments.add(Decode.environment(node)));
      }
      int total = total(reply, environments.size());
      if (environments.size() == before || environments.size() >= total) {
        return environments;
      }
    }
  }

  /** The environment named exactly {@code name}, if the caller may see it. */
  public Optional<Environment> byName(String name) {
    return list(EnvironmentQuery.all().withName(name)).stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /**
   * Environment {@code id}.
   *
   * @throws PortainerApiException 404 when there is none
   */
  public Environment get(int id) {
    return Decode.environment(http.getJson(http.url("api/endpoints/" + id).build()));
  }

  /**
   * The ID of the Swarm that environment {@code id} manages ({@code ID} of Docker's
   * {@code GET /swarm} through Portainer's proxy), as swarm stacks need it.
   *
   * @throws PortainerApiException 503 (Docker's message) when the engine is not a swarm manager
   */
  public String swarmId(int id) {
    JsonNode swarm = http.getJson(http.url("api/endpoints/" + id + "/docker/swarm").build());
    String swarmId = swarm == null ? "" : Json.text(swarm, "ID");
    if (swarmId.isEmpty()) {
      throw new PortainerApiException(200, "GET /api/endpoints/" + id + "/docker/swarm",
          "the engine of environment " + id + " reports no Swarm ID", "", swarm == null ? "" : swarm.toString());
    }
    return swarmId;
  }

  /**
   * The digest that environment {@code id}'s engine records for {@code image} from the image's own
   * repository ({@code RepoDigests}, through Portainer's Docker proxy), as a service is pinned to
   * it: the image is pulled first when the engine does not hold it, with the registry credentials
   * Portainer keeps for that registry. A reference with a digest gives its own. Empty when the engine
   * records no digest from that repository (an image built there and never pushed or pulled).
   *
   * @throws ImageUnavailableException when the image is missing and the pull fails, quoting the engine
   * @throws dev.phoenix.api.PhoenixException when {@code image} is not an image reference
   */
  public Optional<String> imageDigest(int id, String image) {
    return new ImageDigests(new ProxiedEngine(id)).digest(image);
  }

  /** Environment {@code id}'s engine, reached through Portainer's Docker proxy. */
  private final class ProxiedEngine implements ImageDigests.Engine {
    private final int id;

    ProxiedEngine(int id) {
      this.id = id;
    }

    @Override
    public Optional<List<String>> repoDigests(String image) {
      JsonNode found;
      try {
        found = http.getJson(http.url("api/endpoints/" + id + "/docker/images").addPathSegments(image)
            .addPathSegment("json").build());
      } catch (PortainerApiException e) {
        if (e.status() == 404) {
          return Optional.empty();
        }
        throw e;
      }
      List<String> digests = new ArrayList<>();
      if (found != null) {
        found.path("RepoDigests").forEach(entry -> digests.add(entry.asText("")));
      }
      return Optional.of(digests);
    }

    /** Pulls one tag ({@code latest} when the reference has none: without a tag Docker pulls them all). */
    @Override
    public void pull(String image) {
      ImageReference reference = ImageReference.parse(image);
      HttpUrl url = http.url("api/endpoints/" + id + "/docker/images/create")
          .addQueryParameter("fromImage", reference.repository())
          .addQueryParameter("tag", reference.tag() == null ? "latest" : reference.tag()).build();
      String stream;
      try {
        stream = http.send("POST", url, null, Kind.DEPLOY).body();
      } catch (PortainerApiException e) {
        throw new ImageUnavailableException(image, e.getMessage(), e);
      }
      // Docker answers 200 and reports a failed pull inside the progress stream.
      for (String line : stream.split("\\n")) {
        JsonNode progress = Json.readOrNull(line);
        if (progress != null && progress.hasNonNull("error")) {
          throw new ImageUnavailableException(image, progress.path("error").asText(), null);
        }
      }
    }
  }

  private static int total(PortainerHttp.Reply reply, int fallback) {
    String header = reply.headers().get("X-Total-Count");
    try {
      return header == null ? fallback : Integer.parseInt(header.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
