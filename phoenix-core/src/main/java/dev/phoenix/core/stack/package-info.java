/**
 * Stacks as directories: {@link dev.phoenix.core.stack.StackManifests} reads a stack's manifest
 * ({@code phoenix.json}, see {@code docs/stack-manifest.md}) and
 * {@link dev.phoenix.core.stack.StacksDirectory} finds the stacks of a directory;
 * {@link dev.phoenix.core.stack.StackSync} deploys them all to a target and reports each in a
 * {@link dev.phoenix.core.stack.SyncReport}. The binder, the JSON Schema and the report writer live
 * in {@code internal}.
 */
package dev.phoenix.core.stack;
