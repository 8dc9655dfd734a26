package dev.phoenix.api.spi;

import dev.phoenix.api.compose.ComposeLoader;

/**
 * Supplies the Compose loader implementation, found with {@link java.util.ServiceLoader}.
 * phoenix-core provides one; a program never calls this itself.
 */
public interface ComposeLoaderProvider {
  /** A new, independent builder. */
  ComposeLoader.Builder newBuilder();
}
