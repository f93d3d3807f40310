package org.newsgraph.store.query;

/**
 * Quotes by their words, speaker, an entity their content mentions, cue, kind, publication days or outlet.
 *
 * @param text Lucene syntax over the quote's content
 * @param speaker the speaker's knowledge-base id, canonical name, or the words the article uses for them
 * @param about an entity the content mentions, by knowledge-base id or canonical name
 * @param cue the cue's words ({@code said}, {@code according to})
 * @param quoteKind {@code direct}, {@code partial}, {@code indirect} or {@code mixed}
 */
public record QuoteQuery(String text, String speaker, String about, String cue, String quoteKind, DateRange published,
    String outlet) implements StoreQuery<QuoteHit> {

  public static QuoteQuery matching(String text) {
    return new QuoteQuery(text, null, null, null, null, null, null);
  }

  public static QuoteQuery bySpeaker(String speaker) {
    return new QuoteQuery(null, speaker, null, null, null, null, null);
  }

  public static QuoteQuery about(String entity) {
    return new QuoteQuery(null, null, entity, null, null, null, null);
  }

  @Override
  public Kind kind() {
    return Kind.QUOTE;
  }
}
