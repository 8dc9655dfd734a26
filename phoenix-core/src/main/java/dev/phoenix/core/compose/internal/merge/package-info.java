/**
 * Merging Compose trees: several files into one model ({@code -f a.yml -f b.yml}), and a service
 * over the one it {@code extends}, with compose-go's merge and unicity rules and its
 * {@code !reset} / {@code !override} tags. The entry point is
 * {@link dev.phoenix.core.compose.internal.merge.ComposeMerger}.
 */
package dev.phoenix.core.compose.internal.merge;
