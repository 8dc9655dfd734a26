package dev.phoenix.core.compose.serialize;

/**
 * Which of compose-go's two marshallers a tree imitates. They differ: JSON leaves out every
 * {@code x-*} key below the top level, always writes {@code command}, {@code entrypoint},
 * {@code ipam}, {@code resources} and {@code placement}, and sorts keys by bytes, not go-yaml's way.
 */
enum Flavor {
  YAML,
  JSON
}
