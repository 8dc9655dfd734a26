package dev.phoenix.core.compose.rewrite.internal;

import dev.phoenix.api.compose.ComposeRewriteException;
import dev.phoenix.core.compose.document.ComposeDocument;
import dev.phoenix.core.compose.document.YamlNode;
import dev.phoenix.core.compose.rewrite.HardeningPreset;
import dev.phoenix.core.compose.rewrite.SecretSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The transforms of one service's settings: secrets, resources, GPU, hardening, restart, image. */
public final class ServiceSettings {
  private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final Pattern MEMORY = Pattern.compile("[0-9]+(\\.[0-9]+)?\\s*([bkmg]b?)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern RESTART = Pattern.compile("no|always|unless-stopped|on-failure(:[0-9]+)?");
  private static final Set<String> ROOT = Set.of("0", "root");

  private ServiceSettings() {
  }

  /** Declares the top-level secret (unless it is declared with the same source) and lists it on the service. */
  public static ComposeDocument secret(ComposeDocument document, String service, String name, SecretSource source) {
    ComposeDocument result = document;
    Optional<YamlNode> declared = document.at("secrets", name);
    if (declared.isEmpty()) {
      result = result.set(List.of("secrets", name, source.key()), source.value());
    } else if (!declared.get().get(source.key()).flatMap(YamlNode::value).equals(Optional.of(source.value()))) {
      throw new ComposeRewriteException(service, "secret " + name + " is already declared in "
          + document.fileName() + " with another source than " + source.key() + ": " + source.value());
    }
    List<String> path = Paths.service(service, "secrets");
    boolean listed = result.at(path).map(YamlNode::items).orElse(List.of()).stream().anyMatch(item ->
        item.value().or(() -> item.get("source").flatMap(YamlNode::value)).equals(Optional.of(name)));
    return listed ? result : result.add(path, name);
  }

  /** Checks a CPU count and memory size before any edit; {@code cpus} as Compose writes it. */
  public static String cpus(String service, double cpus) {
    if (!(cpus > 0) || Double.isInfinite(cpus)) {
      throw new ComposeRewriteException(service, "cpus must be a positive number, not " + cpus);
    }
    return java.math.BigDecimal.valueOf(cpus).stripTrailingZeros().toPlainString();
  }

  /** Checks a memory size ({@code 512m}, {@code 1g}, {@code 1073741824}). */
  public static String memory(String service, String memory) {
    if (memory == null || !MEMORY.matcher(memory).matches()) {
      throw new ComposeRewriteException(service, "memory must be a size such as 512m or 1g, not " + memory);
    }
    return memory;
  }

  /** Sets {@code deploy.resources.<kind>.cpus} and {@code .memory}. */
  public static ComposeDocument resources(ComposeDocument document, String service, String kind, String cpus,
      String memory) {
    return document.set(Paths.service(service, "deploy", "resources", kind, "cpus"), cpus)
        .set(Paths.service(service, "deploy", "resources", kind, "memory"), memory);
  }

  /** Reserves NVIDIA GPUs: {@code count} is a positive number or {@code all}. */
  public static ComposeDocument gpu(ComposeDocument document, String service, String count) {
    List<String> devices = Paths.service(service, "deploy", "resources", "reservations", "devices");
    List<YamlNode> items = document.at(devices).map(YamlNode::items).orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).get("driver").flatMap(YamlNode::value).equals(Optional.of("nvidia"))) {
        List<String> countPath = Paths.service(service, "deploy", "resources", "reservations", "devices",
            String.valueOf(i), "count");
        return count.equals("all") ? document.set(countPath, count) : document.set(countPath, Long.parseLong(count));
      }
    }
    return document.addFlow(devices, "{driver: nvidia, count: " + count + ", capabilities: [gpu]}");
  }

  /** Checks a GPU count. */
  public static String gpuCount(String service, String count) {
    if (!count.equals("all") && !(count.matches("[0-9]{1,4}") && Integer.parseInt(count) > 0)) {
      throw new ComposeRewriteException(service, "a GPU count is a positive number or all, not " + count);
    }
    return count;
  }

  /** Checks a restart policy. */
  public static String restartPolicy(String service, String policy) {
    if (policy == null || !RESTART.matcher(policy).matches()) {
      throw new ComposeRewriteException(service, "restart is no, always, unless-stopped or on-failure[:N], not "
          + policy);
    }
    return policy;
  }

  /** Checks an image digest. */
  public static String digest(String service, String digest) {
    if (digest == null || !DIGEST.matcher(digest).matches()) {
      throw new ComposeRewriteException(service, "an image digest is sha256: and 64 lowercase hex digits, not "
          + digest);
    }
    return digest;
  }

  /** Pins the service's image to {@code digest}, replacing a digest already there. */
  public static ComposeDocument pinImage(ComposeDocument document, String service, String digest) {
    List<String> path = Paths.service(service, "image");
    String image = document.at(path).flatMap(YamlNode::value).filter(value -> !value.isBlank())
        .orElseThrow(() -> new ComposeRewriteException(service, "has no image to pin to " + digest));
    int at = image.indexOf('@');
    String base = at < 0 ? image : image.substring(0, at);
    return document.set(path, base + "@" + digest);
  }

  /** Applies the hardening preset. */
  public static ComposeDocument harden(ComposeDocument document, String service, HardeningPreset preset) {
    String user = preset.runAs().orElseGet(() -> document.at(Paths.service(service, "user"))
        .flatMap(YamlNode::value).filter(current -> !isRoot(current)).orElse("65534:65534"));
    if (isRoot(user)) {
      throw new ComposeRewriteException(service, "the hardening preset runs as a non-root user, not " + user);
    }
    for (String path : preset.writable()) {
      if (!path.startsWith("/")) {
        throw new ComposeRewriteException(service, "writable path " + path + " must be absolute");
      }
    }
    ComposeDocument result = document;
    if (preset.setsNoNewPrivileges()) {
      result = Paths.addOnce(result, Paths.service(service, "security_opt"), "no-new-privileges:true");
    }
    result = Paths.addOnce(result, Paths.service(service, "cap_drop"), "ALL");
    for (String capability : preset.keptCapabilities()) {
      result = Paths.addOnce(result, Paths.service(service, "cap_add"), capability);
    }
    if (preset.setsReadOnly()) {
      result = result.set(Paths.service(service, "read_only"), true);
    }
    for (String path : preset.writable()) {
      result = Paths.addOnce(result, Paths.service(service, "tmpfs"), path);
    }
    return result.set(Paths.service(service, "user"), user);
  }

  private static boolean isRoot(String user) {
    String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
    return ROOT.contains(name.trim());
  }
}
