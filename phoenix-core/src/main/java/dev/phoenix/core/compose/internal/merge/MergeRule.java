package dev.phoenix.core.compose.internal.merge;

import java.util.HashMap;
import java.util.Map;

/**
 * The merge and unicity rules of one place in a Compose tree, found by walking down from
 * {@link #ROOT} one key at a time ({@code *} in a rule path matches any key). The table is
 * compose-go's {@code mergeSpecials} (override/merge.go) and {@code unique} (override/uncity.go).
 */
final class MergeRule {
  /** How two values at the same place combine. */
  enum Kind {
    /** Mappings merge key by key, sequences are appended, anything else: the later one wins. */
    DEFAULT,
    /** The later value replaces the earlier one. */
    REPLACE,
    /** Both sides become {@code KEY=VALUE} sequences (mappings sorted), appended. */
    TO_SEQUENCE,
    /** As {@link #TO_SEQUENCE}, dropping the later entries the earlier side already has. */
    EXTRA_HOSTS,
    /** A string is {@code {context: string}}, then the mappings merge. */
    BUILD,
    /** A list of names becomes {@code {name: {condition: service_started, required: true}}}. */
    DEPENDS_ON,
    /** A list of names becomes {@code {name: null}}, then the mappings merge. */
    TO_MAPPING,
    /** Options merge only when both sides use the same driver (or one names none). */
    LOGGING,
    /** IPAM pools merge by {@code subnet}. */
    IPAM_CONFIG
  }

  /** The rule of places no entry names: plain merge, no unicity, all the way down. */
  static final MergeRule EMPTY = new MergeRule();
  /** The rule of a whole Compose file. */
  static final MergeRule ROOT = new MergeRule();
  /** The rule of one service ({@code services.*}). */
  static final MergeRule SERVICE;

  static {
    merge("networks.*.ipam.config", Kind.IPAM_CONFIG);
    merge("services.*.build", Kind.BUILD);
    merge("services.*.build.extra_hosts", Kind.EXTRA_HOSTS);
    merge("services.*.extra_hosts", Kind.EXTRA_HOSTS);
    merge("services.*.depends_on", Kind.DEPENDS_ON);
    merge("services.*.logging", Kind.LOGGING);
    merge("services.*.models", Kind.TO_MAPPING);
    merge("services.*.networks", Kind.TO_MAPPING);
    for (String path : new String[] {"services.*.command", "services.*.entrypoint", "services.*.healthcheck.test",
        "services.*.ulimits.*"}) {
      merge(path, Kind.REPLACE);
    }
    for (String path : new String[] {"networks.*.labels", "volumes.*.labels", "services.*.annotations",
        "services.*.build.args", "services.*.build.additional_contexts", "services.*.build.labels",
        "services.*.deploy.labels", "services.*.dns", "services.*.dns_opt", "services.*.dns_search",
        "services.*.env_file", "services.*.label_file", "services.*.environment", "services.*.labels",
        "services.*.sysctls", "services.*.tmpfs"}) {
      merge(path, Kind.TO_SEQUENCE);
    }
    for (String path : new String[] {"networks.*.labels", "networks.*.ipam.options", "services.*.annotations",
        "services.*.build.args", "services.*.build.additional_contexts", "services.*.build.platform",
        "services.*.build.tags", "services.*.build.labels", "services.*.cap_add", "services.*.cap_drop",
        "services.*.deploy.labels", "services.*.dns", "services.*.dns_opt", "services.*.dns_search",
        "services.*.environment", "services.*.labels", "services.*.links", "services.*.networks.*.aliases",
        "services.*.networks.*.link_local_ips", "services.*.profiles", "services.*.sysctls",
        "services.*.tmpfs"}) {
      unique(path, UniqueKey.KEY_VALUE);
    }
    unique("services.*.devices", UniqueKey.DEVICE);
    unique("services.*.volumes", UniqueKey.VOLUME);
    unique("services.*.configs", UniqueKey.CONFIG);
    unique("services.*.secrets", UniqueKey.SECRET);
    unique("services.*.env_file", UniqueKey.ENV_FILE);
    unique("services.*.expose", UniqueKey.EXPOSE);
    unique("services.*.ports", UniqueKey.PORT);
    SERVICE = ROOT.child("services").child("*");
  }

  private final Map<String, MergeRule> children = new HashMap<>();
  private MergeRule anyKey;
  private Kind kind = Kind.DEFAULT;
  private UniqueKey unique;

  private MergeRule() {
  }

  /** The rule of the value under {@code key}. */
  MergeRule child(String key) {
    MergeRule rule = children.get(key);
    if (rule != null) {
      return rule;
    }
    return anyKey != null ? anyKey : EMPTY;
  }

  Kind kind() {
    return kind;
  }

  /** The key that makes sequence items unique here, or null. */
  UniqueKey unique() {
    return unique;
  }

  private static void merge(String path, Kind kind) {
    node(path).kind = kind;
  }

  private static void unique(String path, UniqueKey key) {
    node(path).unique = key;
  }

  private static MergeRule node(String path) {
    MergeRule rule = ROOT;
    for (String step : path.split("\\.")) {
      if (step.equals("*")) {
        if (rule.anyKey == null) {
          rule.anyKey = new MergeRule();
        }
        rule = rule.anyKey;
      } else {
        rule = rule.children.computeIfAbsent(step, s -> new MergeRule());
      }
    }
    return rule;
  }
}
