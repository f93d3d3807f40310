package org.newsgraph.store.query;

import java.util.List;

/**
 * What a store says about one entity: when it is mentioned, what it says and what is said about it, what it does
 * and undergoes, the entities beside it and the outlets that name it.
 *
 * @param entity the id asked for (knowledge-base id or canonical name)
 * @param articles how many articles mention it
 * @param timeline articles mentioning it, per day, week or month, oldest first
 * @param cooccurring the entities most often mentioned in the same articles, with article counts
 * @param outlets the outlets that mention it most, with article counts
 */
public record EntityProfile(String entity, long articles, Interval interval, List<FacetCount> timeline,
    Hits<QuoteHit> quotesBy, Hits<QuoteHit> quotesAbout, List<FacetCount> cooccurring, Hits<EventHit> eventsAsActor,
    Hits<EventHit> eventsAsRecipient, List<FacetCount> outlets) {

  public EntityProfile {
    timeline = List.copyOf(timeline);
    cooccurring = List.copyOf(cooccurring);
    outlets = List.copyOf(outlets);
  }
}
