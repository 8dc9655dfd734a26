package dev.phoenix.core.compose.internal.model;

import static dev.phoenix.core.compose.internal.model.Values.Nulls.REJECT;

import dev.phoenix.api.compose.BuildSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Binds a service's {@code build} section to a {@link BuildSpec}. */
final class BuildBinder {
  private BuildBinder() {
  }

  static BuildSpec build(Node node) {
    Fields f = Fields.of(node);
    BuildSpec.Builder build = BuildSpec.builder()
        .context(f.string("context"))
        .dockerfile(f.string("dockerfile"))
        .dockerfileInline(f.string("dockerfile_inline"))
        .entitlements(f.strings("entitlements"))
        .args(f.stringMapWithNulls("args"))
        .provenance(f.text("provenance"))
        .sbom(f.text("sbom"))
        .ssh(ssh(f.child("ssh")))
        .labels(f.stringMap("labels"))
        .cacheFrom(f.strings("cache_from"))
        .cacheTo(f.strings("cache_to"))
        .noCache(f.flag("no_cache"))
        .noCacheFilter(f.strings("no_cache_filter"))
        .additionalContexts(f.stringMap("additional_contexts"))
        .pull(f.flag("pull"))
        .extraHosts(f.strings("extra_hosts"))
        .isolation(f.string("isolation"))
        .network(f.string("network"))
        .target(f.string("target"))
        .secrets(f.list("secrets", PartsBinder::secretRef))
        .shmSize(f.bytes("shm_size"))
        .tags(f.strings("tags"))
        .ulimits(f.map("ulimits", PartsBinder::ulimit, REJECT))
        .platforms(f.strings("platforms"))
        .privileged(f.flag("privileged"));
    build.extensions(f.extensions()).unknown(f.unknown());
    return node.build(build::build);
  }

  /** SSH entries as Compose prints them ({@code default}, {@code id=path}); a mapping is accepted too. */
  private static List<String> ssh(Node node) {
    if (node == null) {
      return List.of();
    }
    if (!(node.value() instanceof Map)) {
      return Values.list(node, Values::mapString);
    }
    List<String> entries = new ArrayList<>();
    Values.map(node, Values::mapString, Values.Nulls.KEEP)
        .forEach((id, path) -> entries.add(path == null || path.isEmpty() ? id : id + "=" + path));
    return entries;
  }
}
