/**
 * The stack manifest ({@code phoenix.json}) as immutable records: {@link dev.phoenix.api.stack.StackManifest}
 * and its parts. Reading a manifest is phoenix-core's {@code StackManifests}.
 */
package dev.phoenix.api.stack;
