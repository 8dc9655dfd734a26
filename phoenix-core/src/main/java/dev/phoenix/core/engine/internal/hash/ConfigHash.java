package dev.phoenix.core.engine.internal.hash;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.ConfigSpec;
import dev.phoenix.api.compose.NetworkSpec;
import dev.phoenix.api.compose.SecretSpec;
import dev.phoenix.api.compose.ServiceMount;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.api.compose.VolumeSpec;
import dev.phoenix.core.compose.serialize.ComposeSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Phoenix's configuration hash: a SHA-256 over a canonical form of a service and of what it uses
 * from the top level (secrets, configs, networks, named volumes), stable across runs, JVMs and
 * machines. {@code docs/config-hash.md} describes exactly what is hashed.
 *
 * <p>One instance serves one project: it serializes the project once and remembers the digests
 * of the files it has already read, so a plan hashes many services cheaply. Thread-safe.
 *
 * <pre>{@code
 * ConfigHash hashes = ConfigHash.of(project);
 * ServiceDigest web = hashes.service(project.services().get("web"));
 * String label = ConfigHash.encodeFields(web.fields());
 * }</pre>
 */
public final class ConfigHash {
  /** The version of the canonical form, hashed with it: a new form must give new hashes. */
  static final int FORM_VERSION = 1;

  private static final Set<String> SPLIT_PER_KEY = Set.of("environment", "labels");
  private static final Set<String> WITH_DEFINITIONS = Set.of("secrets", "configs", "networks", "volumes");

  private final ComposeProject project;
  private final Map<String, Object> services;
  private final Map<String, Object> networks;
  private final Map<String, Object> volumes;
  private final Map<String, Object> secrets;
  private final Map<String, Object> configs;
  private final Map<String, String> fileDigests = new ConcurrentHashMap<>();

  private ConfigHash(ComposeProject project, Map<String, Object> tree) {
    this.project = project;
    this.services = section(tree, "services");
    this.networks = section(tree, "networks");
    this.volumes = section(tree, "volumes");
    this.secrets = section(tree, "secrets");
    this.configs = section(tree, "configs");
  }

  /** Hashes for the services of {@code project}; serializes it once. */
  public static ConfigHash of(ComposeProject project) {
    return new ConfigHash(project, ComposeSerializer.toTree(project));
  }

  /** The digest of one service of {@code project}; serializes the project, so prefer {@link #of} for several. */
  public static ServiceDigest service(ComposeProject project, ServiceSpec service) {
    return of(project).service(service);
  }

  /**
   * The digest of {@code service}, an enabled service of this project.
   *
   * @throws IllegalArgumentException when the project has no enabled service of that name
   */
  public ServiceDigest service(ServiceSpec service) {
    Object tree = services.get(service.name());
    if (!(tree instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("project " + project.name() + " has no enabled service " + service.name());
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> form = HashForm.service((Map<String, Object>) tree);
    Map<String, Object> definitions = new LinkedHashMap<>();
    definitions.put("secrets", secretDefinitions(service));
    definitions.put("configs", configDefinitions(service));
    definitions.put("networks", networkDefinitions(service));
    definitions.put("volumes", volumeDefinitions(service));

    Map<String, Object> document = new LinkedHashMap<>(definitions);
    document.put("service", form);
    document.put("version", FORM_VERSION);
    String hash = sha256(CanonicalJson.write(document));

    Map<String, String> fields = new TreeMap<>();
    for (Map.Entry<String, Object> entry : form.entrySet()) {
      String key = entry.getKey();
      if (SPLIT_PER_KEY.contains(key) && entry.getValue() instanceof Map<?, ?> values) {
        for (Map.Entry<?, ?> value : values.entrySet()) {
          fields.put(key + "." + value.getKey(), shortDigest(value.getValue()));
        }
      } else if (WITH_DEFINITIONS.contains(key)) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("refs", entry.getValue());
        field.put("definitions", definitions.get(key));
        fields.put(key, shortDigest(field));
      } else {
        fields.put(key, shortDigest(entry.getValue()));
      }
    }
    return new ServiceDigest(hash, fields);
  }

  /** The hash of a network's definition. */
  public static String network(NetworkSpec network) {
    Map<String, Object> tree = section(ComposeSerializer.toTree(
        ComposeProject.builder("hash").networks(Map.of("network", network)).build()), "networks");
    return networkHash(tree.get("network"));
  }

  /** The hash of a volume's definition; the driver counts as {@code local} when not set, as in Compose. */
  public static String volume(VolumeSpec volume) {
    Map<String, Object> tree = section(ComposeSerializer.toTree(
        ComposeProject.builder("hash").volumes(Map.of("volume", volume)).build()), "volumes");
    return volumeHash(tree.get("volume"));
  }

  /** The hash of the project network {@code key}, from this project's tree. */
  public String network(String key) {
    return networkHash(networks.get(key));
  }

  /** The hash of the project volume {@code key}, from this project's tree. */
  public String volume(String key) {
    return volumeHash(volumes.get(key));
  }

  /**
   * The field digests as a label value: compact JSON with sorted keys
   * ({@code {"environment.A":"0123456789ab","image":"…"}}).
   */
  public static String encodeFields(Map<String, String> fields) {
    return CanonicalJson.write(fields);
  }

  /** Field digests read back from a label; empty when the label is absent or not what Phoenix writes. */
  public static Map<String, String> decodeFields(String label) {
    if (label == null || label.isBlank()) {
      return Map.of();
    }
    // a label someone else wrote or edited: the plan then just cannot name the changed fields
    Map<String, String> fields = CanonicalJson.readFlatObject(label);
    return fields == null ? Map.of() : fields;
  }

  private Map<String, Object> secretDefinitions(ServiceSpec service) {
    Map<String, Object> used = new TreeMap<>();
    service.secrets().forEach(ref -> {
      SecretSpec secret = project.secrets().get(ref.source());
      if (secret != null) {
        used.put(ref.source(), fileObject(secrets.get(ref.source()), secret.file(), secret.content()));
      }
    });
    return used;
  }

  private Map<String, Object> configDefinitions(ServiceSpec service) {
    Map<String, Object> used = new TreeMap<>();
    service.configs().forEach(ref -> {
      ConfigSpec config = project.configs().get(ref.source());
      if (config != null) {
        used.put(ref.source(), fileObject(configs.get(ref.source()), config.file(), config.content()));
      }
    });
    return used;
  }

  /** A secret's or config's definition with the SHA-256 of its content, never the content itself. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> fileObject(Object tree, String file, String content) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("definition", tree instanceof Map<?, ?> ? HashForm.resource((Map<String, Object>) tree) : null);
    String digest = null;
    if (file != null) {
      digest = fileDigests.computeIfAbsent(file, ConfigHash::fileDigest);
    } else if (content != null) {
      digest = sha256(content);
    }
    entry.put("content", digest);
    return entry;
  }

  private Map<String, Object> networkDefinitions(ServiceSpec service) {
    Map<String, Object> used = new TreeMap<>();
    for (String key : service.networks().keySet()) {
      if (networks.containsKey(key)) {
        used.put(key, network(key));
      }
    }
    return used;
  }

  private Map<String, Object> volumeDefinitions(ServiceSpec service) {
    Map<String, Object> used = new TreeMap<>();
    for (ServiceMount mount : service.volumes()) {
      if (mount.type() == ServiceMount.Type.VOLUME && mount.source() != null && volumes.containsKey(mount.source())) {
        used.put(mount.source(), volume(mount.source()));
      }
    }
    return used;
  }

  @SuppressWarnings("unchecked")
  private static String networkHash(Object tree) {
    Map<String, Object> form = tree instanceof Map<?, ?> ? HashForm.resource((Map<String, Object>) tree) : Map.of();
    return sha256(CanonicalJson.write(form));
  }

  @SuppressWarnings("unchecked")
  private static String volumeHash(Object tree) {
    Map<String, Object> form = tree instanceof Map<?, ?>
        ? HashForm.resource((Map<String, Object>) tree) : new LinkedHashMap<>();
    form.putIfAbsent("driver", "local");
    return sha256(CanonicalJson.write(form));
  }

  /**
   * The SHA-256 of a file's bytes; a file that cannot be read hashes as {@code missing} (Compose
   * only warns about a missing secret file), so it changes the hash once it appears.
   */
  private static String fileDigest(String file) {
    try {
      return hex(digest().digest(Files.readAllBytes(Path.of(file))));
    } catch (IOException | RuntimeException unreadable) {
      return "missing";
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> tree, String key) {
    Object section = tree.get(key);
    return section instanceof Map<?, ?> ? (Map<String, Object>) section : Map.of();
  }

  private static String shortDigest(Object value) {
    return sha256(CanonicalJson.write(value)).substring(0, 12);
  }

  static String sha256(String text) {
    return hex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String hex(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(bytes);
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
