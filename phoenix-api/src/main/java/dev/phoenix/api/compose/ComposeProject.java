package dev.phoenix.api.compose;

/** Placeholder, replaced by the model work. */
public record ComposeProject(String name) {
}
