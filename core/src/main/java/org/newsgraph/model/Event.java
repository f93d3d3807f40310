package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A coded event: who did what to whom, when and where, and the words that say so.
 *
 * @param date TIMEX3 value of a time expression of the event's sentence, else the article's published date
 * @param dateFromArticle whether {@code date} is the article's published date rather than the sentence's own
 * @param reportedBy id of the quote whose words report the event, when a quoted speaker says it happened
 * @param confidence how likely the event is right as coded (type, actor and recipient), in [0, 1]; null when unknown
 * @param score the event coder's score for the coding: the weight of the dictionary pattern that matched (the words
 *     and actor slots it requires besides the verb), 0 when the verb's own code applied with no pattern; higher
 *     means more of the sentence confirmed the code; not a probability; null when no coder scored it
 */
@JsonPropertyOrder({"id", "type", "cameo", "quad", "mode", "actor", "recipient", "date", "date_from_article",
    "place", "negated", "hypothetical", "future", "evidence", "reported_by", "confidence", "score"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event(String id, String type, String cameo, Integer quad, String mode, Actor actor, Actor recipient,
    String date, @JsonProperty("date_from_article") boolean dateFromArticle, String place, boolean negated,
    boolean hypothetical, boolean future, Segment evidence, @JsonProperty("reported_by") String reportedBy,
    Double confidence, Integer score) {

  /** An event no coder scored. */
  public Event(String id, String type, String cameo, Integer quad, String mode, Actor actor, Actor recipient,
      String date, boolean dateFromArticle, String place, boolean negated, boolean hypothetical, boolean future,
      Segment evidence, String reportedBy, Double confidence) {
    this(id, type, cameo, quad, mode, actor, recipient, date, dateFromArticle, place, negated, hypothetical, future,
        evidence, reportedBy, confidence, null);
  }

  /** This event with the given confidence. */
  public Event withConfidence(double value) {
    return new Event(id, type, cameo, quad, mode, actor, recipient, date, dateFromArticle, place, negated,
        hypothetical, future, evidence, reportedBy, value, score);
  }

  /** This event as reported by the quote {@code quoteId}. */
  public Event reportedBy(String quoteId) {
    return new Event(id, type, cameo, quad, mode, actor, recipient, date, dateFromArticle, place, negated,
        hypothetical, future, evidence, quoteId, confidence, score);
  }
}
