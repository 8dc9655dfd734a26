/**
 * Stacks as directories: {@link dev.phoenix.core.stack.StackManifests} reads a stack's manifest
 * ({@code phoenix.json}, see {@code docs/stack-manifest.md}) and
 * {@link dev.phoenix.core.stack.StacksDirectory} finds the stacks of a directory;
 * {@link dev.phoenix.core.stack.StackSync} deploys them all, each to its target, optionally through
 * a staging area, and reports each in a {@link dev.phoenix.core.stack.SyncReport}. {@link dev.phoenix.core.stack.StagingArea} writes rendered
 * stacks atomically to a shared directory that the reading daemon or agent sees through a
 * {@link dev.phoenix.core.stack.PathMapping}, and checks that the reader may read them.
 * The binder, the report writer, atomic writes, the permission check and the opening of the
 * targets manifests name live in {@code internal}.
 */
package dev.phoenix.core.stack;
