package dev.phoenix.api.compose;

import java.util.List;
import java.util.Map;

/**
 * A service's {@code build} section: how its image is built. Paths are absolute once the project
 * is loaded.
 *
 * <pre>{@code
 * BuildSpec build = BuildSpec.builder().context("/src/app").dockerfile("Dockerfile").build();
 * }</pre>
 *
 * @param context the build context: a directory or a Git/HTTP URL
 * @param dockerfile the Dockerfile, relative to the context, or null
 * @param dockerfileInline the Dockerfile's content, or null
 * @param entitlements extra privileges ({@code network.host}, {@code security.insecure})
 * @param args build arguments; a null value takes the variable from the environment
 * @param provenance the provenance attestation setting, or null
 * @param sbom the SBOM attestation setting, or null
 * @param ssh SSH agent sockets or keys, as {@code default} or {@code id=path}
 * @param labels labels of the built image
 * @param cacheFrom external cache sources
 * @param cacheTo cache export destinations
 * @param noCache whether the build cache is disabled
 * @param noCacheFilter stages built without cache
 * @param additionalContexts named extra contexts
 * @param pull whether base images are always pulled
 * @param extraHosts extra {@code /etc/hosts} entries during the build, as {@code host=ip}
 * @param isolation the isolation technology (Windows), or null
 * @param network the network for {@code RUN} steps, or null
 * @param target the stage to build, or null
 * @param secrets secrets made available to the build
 * @param shmSize the size of {@code /dev/shm} during the build in bytes, or null
 * @param tags extra tags of the built image
 * @param ulimits ulimits during the build
 * @param platforms target platforms ({@code linux/amd64})
 * @param privileged whether the build runs privileged
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record BuildSpec(
    String context,
    String dockerfile,
    String dockerfileInline,
    List<String> entitlements,
    Map<String, String> args,
    String provenance,
    String sbom,
    List<String> ssh,
    Map<String, String> labels,
    List<String> cacheFrom,
    List<String> cacheTo,
    boolean noCache,
    List<String> noCacheFilter,
    Map<String, String> additionalContexts,
    boolean pull,
    List<String> extraHosts,
    String isolation,
    String network,
    String target,
    List<ServiceSecretRef> secrets,
    Long shmSize,
    List<String> tags,
    Map<String, Ulimit> ulimits,
    List<String> platforms,
    boolean privileged,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Copies the collections. */
  public BuildSpec {
    entitlements = Copies.list(entitlements, "build.entitlements");
    args = Copies.mapWithNulls(args, "build.args");
    ssh = Copies.list(ssh, "build.ssh");
    labels = Copies.map(labels, "build.labels");
    cacheFrom = Copies.list(cacheFrom, "build.cache_from");
    cacheTo = Copies.list(cacheTo, "build.cache_to");
    noCacheFilter = Copies.list(noCacheFilter, "build.no_cache_filter");
    additionalContexts = Copies.map(additionalContexts, "build.additional_contexts");
    extraHosts = Copies.list(extraHosts, "build.extra_hosts");
    secrets = Copies.list(secrets, "build.secrets");
    Copies.requireNonNegative(shmSize, "build.shm_size");
    tags = Copies.list(tags, "build.tags");
    ulimits = Copies.map(ulimits, "build.ulimits");
    platforms = Copies.list(platforms, "build.platforms");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this section's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link BuildSpec}. */
  public static final class Builder {
    private String context;
    private String dockerfile;
    private String dockerfileInline;
    private List<String> entitlements;
    private Map<String, String> args;
    private String provenance;
    private String sbom;
    private List<String> ssh;
    private Map<String, String> labels;
    private List<String> cacheFrom;
    private List<String> cacheTo;
    private boolean noCache;
    private List<String> noCacheFilter;
    private Map<String, String> additionalContexts;
    private boolean pull;
    private List<String> extraHosts;
    private String isolation;
    private String network;
    private String target;
    private List<ServiceSecretRef> secrets;
    private Long shmSize;
    private List<String> tags;
    private Map<String, Ulimit> ulimits;
    private List<String> platforms;
    private boolean privileged;
    private Map<String, Object> extensions;
    private Map<String, Object> unknown;

    private Builder() {
    }

    private Builder(BuildSpec from) {
      context = from.context;
      dockerfile = from.dockerfile;
      dockerfileInline = from.dockerfileInline;
      entitlements = from.entitlements;
      args = from.args;
      provenance = from.provenance;
      sbom = from.sbom;
      ssh = from.ssh;
      labels = from.labels;
      cacheFrom = from.cacheFrom;
      cacheTo = from.cacheTo;
      noCache = from.noCache;
      noCacheFilter = from.noCacheFilter;
      additionalContexts = from.additionalContexts;
      pull = from.pull;
      extraHosts = from.extraHosts;
      isolation = from.isolation;
      network = from.network;
      target = from.target;
      secrets = from.secrets;
      shmSize = from.shmSize;
      tags = from.tags;
      ulimits = from.ulimits;
      platforms = from.platforms;
      privileged = from.privileged;
      extensions = from.extensions;
      unknown = from.unknown;
    }

    /** Sets {@link BuildSpec#context()}. */
    public Builder context(String value) { context = value; return this; }

    /** Sets {@link BuildSpec#dockerfile()}. */
    public Builder dockerfile(String value) { dockerfile = value; return this; }

    /** Sets {@link BuildSpec#dockerfileInline()}. */
    public Builder dockerfileInline(String value) { dockerfileInline = value; return this; }

    /** Sets {@link BuildSpec#entitlements()}. */
    public Builder entitlements(List<String> value) { entitlements = value; return this; }

    /** Sets {@link BuildSpec#args()}. */
    public Builder args(Map<String, String> value) { args = value; return this; }

    /** Sets {@link BuildSpec#provenance()}. */
    public Builder provenance(String value) { provenance = value; return this; }

    /** Sets {@link BuildSpec#sbom()}. */
    public Builder sbom(String value) { sbom = value; return this; }

    /** Sets {@link BuildSpec#ssh()}. */
    public Builder ssh(List<String> value) { ssh = value; return this; }

    /** Sets {@link BuildSpec#labels()}. */
    public Builder labels(Map<String, String> value) { labels = value; return this; }

    /** Sets {@link BuildSpec#cacheFrom()}. */
    public Builder cacheFrom(List<String> value) { cacheFrom = value; return this; }

    /** Sets {@link BuildSpec#cacheTo()}. */
    public Builder cacheTo(List<String> value) { cacheTo = value; return this; }

    /** Sets {@link BuildSpec#noCache()}. */
    public Builder noCache(boolean value) { noCache = value; return this; }

    /** Sets {@link BuildSpec#noCacheFilter()}. */
    public Builder noCacheFilter(List<String> value) { noCacheFilter = value; return this; }

    /** Sets {@link BuildSpec#additionalContexts()}. */
    public Builder additionalContexts(Map<String, String> value) { additionalContexts = value; return this; }

    /** Sets {@link BuildSpec#pull()}. */
    public Builder pull(boolean value) { pull = value; return this; }

    /** Sets {@link BuildSpec#extraHosts()}. */
    public Builder extraHosts(List<String> value) { extraHosts = value; return this; }

    /** Sets {@link BuildSpec#isolation()}. */
    public Builder isolation(String value) { isolation = value; return this; }

    /** Sets {@link BuildSpec#network()}. */
    public Builder network(String value) { network = value; return this; }

    /** Sets {@link BuildSpec#target()}. */
    public Builder target(String value) { target = value; return this; }

    /** Sets {@link BuildSpec#secrets()}. */
    public Builder secrets(List<ServiceSecretRef> value) { secrets = value; return this; }

    /** Sets {@link BuildSpec#shmSize()}. */
    public Builder shmSize(Long value) { shmSize = value; return this; }

    /** Sets {@link BuildSpec#tags()}. */
    public Builder tags(List<String> value) { tags = value; return this; }

    /** Sets {@link BuildSpec#ulimits()}. */
    public Builder ulimits(Map<String, Ulimit> value) { ulimits = value; return this; }

    /** Sets {@link BuildSpec#platforms()}. */
    public Builder platforms(List<String> value) { platforms = value; return this; }

    /** Sets {@link BuildSpec#privileged()}. */
    public Builder privileged(boolean value) { privileged = value; return this; }

    /** Sets {@link BuildSpec#extensions()}. */
    public Builder extensions(Map<String, Object> value) { extensions = value; return this; }

    /** Sets {@link BuildSpec#unknown()}. */
    public Builder unknown(Map<String, Object> value) { unknown = value; return this; }

    /** The section. */
    public BuildSpec build() {
      return new BuildSpec(context, dockerfile, dockerfileInline, entitlements, args, provenance, sbom, ssh, labels,
          cacheFrom, cacheTo, noCache, noCacheFilter, additionalContexts, pull, extraHosts, isolation, network,
          target, secrets, shmSize, tags, ulimits, platforms, privileged, extensions, unknown);
    }
  }
}
