package dev.phoenix.core.tls.context;

import dev.phoenix.api.endpoint.TlsMaterial;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One context of the docker CLI's store, as {@code docker context inspect} shows it.
 *
 * @param name the context's name; {@code default} for the implicit context the CLI builds from
 *     {@code DOCKER_HOST}
 * @param description the description ({@code Metadata.Description}), empty when there is none
 * @param host the docker endpoint's {@code Host} as stored, empty when the context has none (the
 *     CLI then uses the default socket)
 * @param skipTlsVerify the endpoint's {@code SkipTLSVerify}
 * @param tls the TLS files stored with the context, or null when it has none
 * @param current whether this is the context the CLI would use now
 * @param metadataDirectory the directory holding {@code meta.json}, or null for {@code default}
 */
public record DockerContext(String name, String description, String host, boolean skipTlsVerify, TlsMaterial tls,
    boolean current, Path metadataDirectory) {

  /** Checks the required parts and turns absent texts into empty ones. */
  public DockerContext {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    host = host == null ? "" : host;
  }

  /** Whether this is the implicit {@code default} context, which has no files. */
  public boolean isDefault() {
    return ContextNames.DEFAULT.equals(name);
  }

  /** Whether the context stores any TLS file or asks for TLS without verification. */
  public boolean usesTls() {
    return tls != null || skipTlsVerify;
  }

  /** This context, marked current or not. */
  DockerContext withCurrent(boolean isCurrent) {
    return new DockerContext(name, description, host, skipTlsVerify, tls, isCurrent, metadataDirectory);
  }
}
