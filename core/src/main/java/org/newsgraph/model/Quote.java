package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An attributed statement: its content, who said it and the cue that says so.
 *
 * @param parts the content's pieces when a cue or speaker interrupts it; one part otherwise
 * @param date TIMEX3 value of when it was said, when the article says
 * @param confidence the cue model's probability that the cue's head word attributes speech here, 0–1; null when the
 *     cue has no word the model reads (a speaker's label, a quotation continuing an earlier one)
 * @param spanConfidence the span model's probability that the content starts and ends where it does, 0–1; null when
 *     the span model did not place the edges
 */
@JsonPropertyOrder({"id", "text", "start", "end", "parts", "kind", "speaker", "cue", "date", "confidence",
    "span_confidence"})
public record Quote(String id, String text, int start, int end, List<Segment> parts, QuoteKind kind,
    @JsonInclude(JsonInclude.Include.NON_NULL) Speaker speaker, @JsonInclude(JsonInclude.Include.NON_NULL) Cue cue,
    @JsonInclude(JsonInclude.Include.NON_NULL) String date,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence,
    @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("span_confidence") Double spanConfidence)
    implements Spanned {

  public Quote {
    parts = List.copyOf(parts);
  }

  /** A quote no model scored. */
  public Quote(String id, String text, int start, int end, List<Segment> parts, QuoteKind kind, Speaker speaker,
      Cue cue, String date) {
    this(id, text, start, end, parts, kind, speaker, cue, date, null, null);
  }
}
