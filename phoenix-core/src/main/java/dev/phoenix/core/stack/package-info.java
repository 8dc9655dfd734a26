/**
 * Stacks as directories: {@link dev.phoenix.core.stack.StackManifests} reads a stack's manifest
 * ({@code phoenix.json}, see {@code docs/stack-manifest.md}) and
 * {@link dev.phoenix.core.stack.StacksDirectory} finds the stacks of a directory. The binder and
 * the JSON Schema live in {@code internal}.
 */
package dev.phoenix.core.stack;
