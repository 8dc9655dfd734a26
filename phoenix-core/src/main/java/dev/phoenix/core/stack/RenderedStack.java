package dev.phoenix.core.stack;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.stack.StackManifest;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A stack with its manifest applied to its compose file, ready to deploy: made by
 * {@link ManifestRenderer#render(DiscoveredStack)}.
 *
 * @param name the stack's name (the Compose project name)
 * @param directory the stack's directory (the Compose project directory)
 * @param composeText the rewritten compose file, as it would be written to disk
 * @param project the rewritten file loaded and normalized, as the deployer plans it
 * @param manifest the manifest that was applied
 * @param digestsToLookUp services whose manifest asks for {@code pinDigest} while their image has
 *     no digest yet: the digest must be looked up on an engine and given to
 *     {@link ManifestRenderer#render(DiscoveredStack, java.util.Map, java.util.Map)}
 */
public record RenderedStack(String name, Path directory, String composeText, ComposeProject project,
    StackManifest manifest, List<String> digestsToLookUp) {

  /** Checks the required parts and copies the list. */
  public RenderedStack {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(composeText, "composeText");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(manifest, "manifest");
    digestsToLookUp = List.copyOf(digestsToLookUp);
  }
}
