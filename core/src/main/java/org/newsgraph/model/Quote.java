package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An attributed statement: its content, who said it and the cue that says so.
 *
 * @param parts the content's pieces when a cue or speaker interrupts it; one part otherwise
 * @param date TIMEX3 value of when it was said, when the article says
 */
@JsonPropertyOrder({"id", "text", "start", "end", "parts", "kind", "speaker", "cue", "date"})
public record Quote(String id, String text, int start, int end, List<Segment> parts, QuoteKind kind,
    @JsonInclude(JsonInclude.Include.NON_NULL) Speaker speaker, @JsonInclude(JsonInclude.Include.NON_NULL) Cue cue,
    @JsonInclude(JsonInclude.Include.NON_NULL) String date) implements Spanned {

  public Quote {
    parts = List.copyOf(parts);
  }
}
