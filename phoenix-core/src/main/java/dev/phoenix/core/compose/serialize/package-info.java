/**
 * The way back out: {@link dev.phoenix.core.compose.serialize.ComposeSerializer} writes a
 * {@link dev.phoenix.api.compose.ComposeProject} as the canonical tree, YAML or JSON, byte for byte
 * as {@code docker compose config} (compose-go) prints it.
 */
package dev.phoenix.core.compose.serialize;
