package dev.phoenix.core.compose.internal.yaml;

import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/** snakeyaml-engine's parser as {@link ParseEvents}. */
final class SnakeYamlEvents implements ParseEvents {
  private final Parser parser;
  private Event current;

  SnakeYamlEvents(Parser parser) {
    this.parser = parser;
  }

  @Override
  public Event.ID next() {
    current = parser.next();
    return current.getEventId();
  }

  @Override
  public boolean nextIs(Event.ID kind) {
    return parser.checkEvent(kind);
  }

  @Override
  public String value() {
    return current instanceof AliasEvent alias ? alias.getAlias().getValue() : ((ScalarEvent) current).getValue();
  }

  @Override
  public boolean plain() {
    return current instanceof ScalarEvent scalar && scalar.isPlain();
  }

  @Override
  public String tag() {
    if (current instanceof ScalarEvent scalar) {
      return scalar.getTag().orElse(null);
    }
    return current instanceof org.snakeyaml.engine.v2.events.CollectionStartEvent start ? start.getTag().orElse(null) : null;
  }

  @Override
  public String anchor() {
    return current instanceof NodeEvent node && !(current instanceof AliasEvent)
        ? node.getAnchor().map(Anchor::getValue).orElse(null) : null;
  }

  @Override
  public int line() {
    Mark mark = current.getStartMark().orElse(null);
    return mark == null ? -1 : mark.getLine();
  }

  @Override
  public int column() {
    Mark mark = current.getStartMark().orElse(null);
    return mark == null ? 0 : mark.getColumn();
  }
}
