package org.newsgraph.eval.event;

import java.util.List;

/**
 * One event of the project's event gold: PLOVER type and mode, the words that say it, who did it to whom, when and
 * where, and its modality. {@code actor} and {@code recipient} are lists (a compound actor is one event).
 */
public record GoldEvent(String id, String type, String mode, GoldSpan trigger, List<GoldSpan> actor,
    List<GoldSpan> recipient, GoldSpan date, GoldSpan place, boolean negated, boolean hypothetical, boolean future,
    boolean reported) {

  public GoldEvent {
    actor = List.copyOf(actor);
    recipient = List.copyOf(recipient);
  }
}
