package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lexicon tone of a text: positive minus negative word share, in percent.
 *
 * @param quotes the tone of each quote's content, by quote id; empty for a quote's own tone
 */
@JsonPropertyOrder({"score", "positive", "negative", "words", "quotes"})
public record Tone(double score, double positive, double negative, int words,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Tone> quotes) {

  /** The tone of a text not yet scored. */
  public static final Tone NONE = new Tone(0, 0, 0, 0);

  public Tone {
    quotes = quotes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(quotes));
  }

  /** A tone without per-quote tones. */
  public Tone(double score, double positive, double negative, int words) {
    this(score, positive, negative, words, Map.of());
  }
}
