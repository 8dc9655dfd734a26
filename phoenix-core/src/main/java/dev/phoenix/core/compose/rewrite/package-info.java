/**
 * Pure rewrites of a Compose file: {@link dev.phoenix.core.compose.rewrite.ComposeRewriter} adds
 * Traefik routes, labels, environment, secrets, networks, limits, hardening and digest pins to a
 * {@link dev.phoenix.core.compose.document.ComposeDocument} as minimal text edits.
 */
package dev.phoenix.core.compose.rewrite;
