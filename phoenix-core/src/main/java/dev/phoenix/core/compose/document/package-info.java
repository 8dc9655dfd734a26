/**
 * The round-trip view of a Compose file: {@link dev.phoenix.core.compose.document.ComposeDocument}
 * keeps the file's text as it is and applies each edit as a minimal text patch in the file's own
 * indentation, quoting and style, so comments, key order and untouched lines survive.
 */
package dev.phoenix.core.compose.document;
