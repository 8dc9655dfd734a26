package dev.phoenix.core.compose.serialize;

import dev.phoenix.api.compose.BuildSpec;
import java.util.Map;

/** Writes a service's {@code build} section in compose-go's field order. */
final class BuildTree {
  private BuildTree() {
  }

  static Map<String, Object> build(BuildSpec build, Flavor flavor) {
    return new TreeOut(flavor)
        .string("context", build.context())
        .string("dockerfile", build.dockerfile())
        .string("dockerfile_inline", build.dockerfileInline())
        .strings("entitlements", build.entitlements())
        .stringMap("args", build.args())
        .string("provenance", build.provenance())
        .string("sbom", build.sbom())
        .strings("ssh", build.ssh())
        .stringMap("labels", build.labels())
        .strings("cache_from", build.cacheFrom())
        .strings("cache_to", build.cacheTo())
        .flag("no_cache", build.noCache())
        .strings("no_cache_filter", build.noCacheFilter())
        .stringMap("additional_contexts", build.additionalContexts())
        .flag("pull", build.pull())
        .strings("extra_hosts", ServiceTree.sorted(build.extraHosts()))
        .string("isolation", build.isolation())
        .string("network", build.network())
        .string("target", build.target())
        .list("secrets", build.secrets(), ref -> PartsTree.secretRef(ref, flavor))
        .bytes("shm_size", build.shmSize())
        .strings("tags", build.tags())
        .map("ulimits", build.ulimits(), ulimit -> PartsTree.ulimit(ulimit, flavor))
        .strings("platforms", build.platforms())
        .flag("privileged", build.privileged())
        .extras(build.extensions(), build.unknown())
        .done();
  }
}
