package dev.phoenix.core.compose.internal.yaml;

import org.snakeyaml.engine.v2.events.Event;

/**
 * The parse events {@link DocumentBuilder} builds a tree from, one at a time: snakeyaml-engine's
 * parser ({@link SnakeYamlEvents}) or the fast reader's ({@link FastEvents}). The parts of the
 * current event are read before moving to the next.
 */
interface ParseEvents {
  /** Moves to the next event and returns its kind. */
  Event.ID next();

  /** Whether the event after the current one is of kind {@code kind}. */
  boolean nextIs(Event.ID kind);

  /** A scalar's text, or an alias's anchor name. */
  String value();

  /** Whether the current scalar is plain (not quoted, not a block scalar). */
  boolean plain();

  /** The current node's full tag ({@code tag:yaml.org,2002:str}, {@code !reset}, {@code !}), or null. */
  String tag();

  /** The current node's anchor name, or null. */
  String anchor();

  /** The line where the current event starts, from 0, or -1 when positions are unknown. */
  int line();

  /** The column where the current event starts, from 0. */
  int column();
}
