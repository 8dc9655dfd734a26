package dev.phoenix.core.compose.yaml;

import java.util.List;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;

/** Hands the events the fast reader produced to {@link DocumentBuilder} as a parser would. */
final class EventReplay implements Parser {
  private final List<Event> events;
  private int next;

  EventReplay(List<Event> events) {
    this.events = events;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return next < events.size() && events.get(next).getEventId() == choice;
  }

  @Override
  public Event peekEvent() {
    return events.get(next);
  }

  @Override
  public Event next() {
    return events.get(next++);
  }

  /** Whether only the stream's end is left, as after the last document. */
  boolean atLastEvent() {
    return next == events.size() - 1 && events.get(next).getEventId() == Event.ID.StreamEnd;
  }

  @Override
  public boolean hasNext() {
    return next < events.size();
  }
}
