package dev.phoenix.core.compose.internal.load;

import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.spi.ComposeLoaderProvider;

/** Registers phoenix-core's loader with {@link ComposeLoader#builder()}. */
public final class PhoenixComposeLoaderProvider implements ComposeLoaderProvider {
  @Override
  public ComposeLoader.Builder newBuilder() {
    return new DefaultComposeLoaderBuilder();
  }
}
