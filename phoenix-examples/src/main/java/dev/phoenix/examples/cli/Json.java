package dev.phoenix.examples.cli;

import java.util.Collection;
import java.util.Map;

/**
 * A minimal JSON writer for the CLI's machine-readable output. Hand-written rather than a
 * data-binding library so that printing one event costs no start-up time: the CLI's no-op deploy
 * is measured as a process.
 */
final class Json {
  private final StringBuilder text = new StringBuilder();

  /** Starts an object, as a value or at the top. */
  Json beginObject() {
    separate();
    text.append('{');
    return this;
  }

  Json endObject() {
    text.append('}');
    return this;
  }

  /** Starts an array, as a value or at the top. */
  Json beginArray() {
    separate();
    text.append('[');
    return this;
  }

  Json endArray() {
    text.append(']');
    return this;
  }

  /** Writes the name of the next member of the current object. */
  Json name(String name) {
    separate();
    quote(name);
    text.append(':');
    return this;
  }

  /** Writes a member: strings, numbers, booleans, null, collections of those, maps of those. */
  Json field(String name, Object value) {
    return name(name).value(value);
  }

  /** Writes one value: a string, a number, a boolean, null, or a collection or map of those. */
  Json value(Object value) {
    if (value instanceof Collection<?> items) {
      beginArray();
      items.forEach(this::value);
      return endArray();
    }
    if (value instanceof Map<?, ?> members) {
      beginObject();
      members.forEach((key, member) -> field(String.valueOf(key), member));
      return endObject();
    }
    separate();
    if (value == null) {
      text.append("null");
    } else if (value instanceof Number || value instanceof Boolean) {
      text.append(value);
    } else {
      quote(value.toString());
    }
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }

  // A value needs a comma before it unless it opens a container or follows a name; the last
  // character written tells which, since every string ends with its closing quote.
  private void separate() {
    if (text.isEmpty()) {
      return;
    }
    char last = text.charAt(text.length() - 1);
    if (last != '{' && last != '[' && last != ':') {
      text.append(',');
    }
  }

  private void quote(String value) {
    text.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> text.append("\\\"");
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        case '\t' -> text.append("\\t");
        default -> {
          if (c < 0x20) {
            text.append(String.format("\\u%04x", (int) c));
          } else {
            text.append(c);
          }
        }
      }
    }
    text.append('"');
  }
}
