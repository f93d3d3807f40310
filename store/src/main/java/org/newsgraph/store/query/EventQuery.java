package org.newsgraph.store.query;

/**
 * Events by type, code, participants, place, date and flags.
 *
 * @param text Lucene syntax over the words of the event's sentence
 * @param type PLOVER event type ({@code ASSAULT}, {@code CONSULT})
 * @param cameo CAMEO code; a trailing {@code *} matches a code and its children ({@code 19*})
 * @param actor the actor's entity (knowledge-base id or name), actor code ({@code RUSMIL}) or country ({@code RUS})
 * @param recipient the recipient, as the actor
 * @param place the place's entity (knowledge-base id or name)
 * @param country a country taking part: the place's, the actor's or the recipient's (ISO alpha-3)
 * @param date the event's days (its sentence's date, else the article's publication day)
 */
public record EventQuery(String text, String type, String cameo, String actor, String recipient, String place,
    String country, DateRange date, Boolean negated, Boolean hypothetical, Boolean future)
    implements StoreQuery<EventHit> {

  public static EventQuery matching(String text) {
    return new EventQuery(text, null, null, null, null, null, null, null, null, null, null);
  }

  public static EventQuery byActor(String actor) {
    return new EventQuery(null, null, null, actor, null, null, null, null, null, null, null);
  }

  public static EventQuery byRecipient(String recipient) {
    return new EventQuery(null, null, null, null, recipient, null, null, null, null, null, null);
  }

  @Override
  public Kind kind() {
    return Kind.EVENT;
  }
}
