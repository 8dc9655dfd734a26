package dev.phoenix.core.compose.internal.tree;

import dev.phoenix.api.SourceLocation;

/**
 * A value tagged {@code !reset}: merging it removes what an earlier file (or the {@code extends}
 * base) set at that place. It never survives the merge stage.
 */
public record Reset(SourceLocation location) {
}
