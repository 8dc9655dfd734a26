package dev.phoenix.core.compose.internal.merge;

import dev.phoenix.core.compose.internal.tree.Reset;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merges raw Compose trees (parsed and interpolated, not yet canonicalised) the way compose-go's
 * {@code override.Merge} followed by {@code override.EnforceUnicity} does: mappings merge key by
 * key and the later scalar wins; sequences are appended, and made unique where Compose says so
 * ({@code ports}, {@code volumes}, {@code environment}...); {@code environment}, {@code labels}
 * and the like become sorted {@code KEY=VALUE} sequences; {@code command}, {@code entrypoint},
 * {@code healthcheck.test} and {@code ulimits.*} are replaced; {@code depends_on},
 * {@code networks} and {@code models} in list form become mappings; {@code build} strings become
 * {@code {context}}; logging options merge only for the same driver; IPAM pools merge by subnet.
 * A {@link Reset} value ({@code !reset}) in the later tree removes what the earlier one had there;
 * a {@link YamlMap} / {@link YamlList} tagged {@code !override} replaces it.
 *
 * <p>Typical use, for files {@code f1..fn} already parsed and interpolated (and their
 * {@code extends} resolved with {@link #mergeService}):
 *
 * <pre>{@code
 * Map<String, Object> model = ComposeMerger.stripResets(f1);
 * for (Map<String, Object> file : laterFiles) {
 *   model = ComposeMerger.merge(model, file);
 * }
 * }</pre>
 *
 * <p>Inputs are never modified. Results share the subtrees the merge did not need to touch with
 * the inputs (no deep copy), so neither a result nor its inputs may be modified afterwards while
 * the other is still in use. Positions survive: each value of a result is held in a
 * {@code YamlMap}/{@code YamlList} that records where that value was read, so a value taken from
 * the later file points into the later file.
 */
public final class ComposeMerger {
  private ComposeMerger() {
  }

  /**
   * Merges {@code override} (a later file) over {@code base} (the earlier files, already merged).
   *
   * @param base the model so far: a result of {@link #merge} or {@link #stripResets}, so without
   *     markers or tags and with unique sequences
   * @param override the later file, as parsed: it may hold {@code !reset} and {@code !override}
   * @return the merged model, without markers or tags
   * @throws dev.phoenix.api.compose.ComposeValidationException when a value cannot be merged
   *     (a mapping over a list, an item without the key that makes it unique...)
   */
  public static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> override) {
    if (override == null) {
      return base;
    }
    if (base == null) {
      return stripResets(override);
    }
    return TreeMerger.FILES.mergeMaps(base, override, MergeRule.ROOT, YamlPath.ROOT, true);
  }

  /**
   * The tree as compose-go holds a file merged over nothing (the first file): {@code !reset}
   * values removed, {@code !override} tags cleared, sequences made unique. Returns {@code tree}
   * itself when nothing needs to change.
   */
  public static Map<String, Object> stripResets(Map<String, Object> tree) {
    if (tree == null) {
      return new LinkedHashMap<>();
    }
    return ResetStripper.stripMap(tree, MergeRule.ROOT, YamlPath.ROOT);
  }

  /**
   * Merges a service over the service it {@code extends}, with the rules of {@link #merge}.
   * Same as {@link #mergeService(String, Map, Map)} without the name in error paths.
   */
  public static Map<String, Object> mergeService(Map<String, Object> baseService, Map<String, Object> localService) {
    return mergeService(null, baseService, localService);
  }

  /**
   * Merges {@code localService} over {@code baseService}, the service it {@code extends}.
   *
   * <p>The base's own markers and tags are dropped (they were meant for the base). The local
   * service's {@code !reset} values and {@code !override} tags act on the base and also stay in
   * the result: compose-go applies a file's tagged paths both to the extended service and to the
   * earlier files, so they must still be there when this file is merged over the earlier ones
   * ({@link #merge}), or cleared by {@link #stripResets} if it is the first file. For the same
   * reason sequences taken whole from the local service are made unique only then. The
   * {@code extends} key itself is left for the caller to remove.
   *
   * @param serviceName the service's name, used in error paths only; may be null
   */
  public static Map<String, Object> mergeService(String serviceName, Map<String, Object> baseService,
      Map<String, Object> localService) {
    YamlPath path = serviceName == null ? YamlPath.ROOT : YamlPath.ROOT.key("services").key(serviceName);
    Map<String, Object> base = baseService == null ? new LinkedHashMap<>()
        : ResetStripper.stripMap(baseService, MergeRule.SERVICE, path);
    if (localService == null) {
      return base;
    }
    return TreeMerger.EXTENDS.mergeMaps(base, localService, MergeRule.SERVICE, path, true);
  }
}
