package org.newsgraph.framing;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.model.Cue;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TestAnnotator;

/** Builds the inputs of framing tests: annotated texts, and quotes and entities written by hand over them. */
final class Texts {

  private Texts() {}

  static Annotated annotate(String text) {
    return TestAnnotator.get().annotate(text, LocalDate.of(2024, 3, 4));
  }

  /** A quote of the words {@code content} attributed with the words {@code cue} (null for none). */
  static Quote quote(String id, String text, String content, String cue) {
    int start = text.indexOf(content);
    if (start < 0) {
      throw new IllegalArgumentException("no \"" + content + "\" in the text");
    }
    int end = start + content.length();
    Cue cueSpan = null;
    if (cue != null) {
      int cueStart = text.indexOf(cue);
      cueSpan = new Cue(cue, cueStart, cueStart + cue.length());
    }
    QuoteKind kind = content.startsWith("“") ? QuoteKind.DIRECT : QuoteKind.INDIRECT;
    return new Quote(id, content, start, end, List.of(new Segment(start, end)), kind, null, cueSpan, null);
  }

  /** A person entity mentioned once, by {@code name}. */
  static Entity person(String id, String text, String name) {
    int start = text.indexOf(name);
    return new Entity(id, name, EntityType.PERSON, List.of(), List.of(), null,
        List.of(new Mention(start, start + name.length(), name)));
  }

  /** The words of a {@code claim:START-END} target. */
  static String claimWords(String text, String target) {
    String[] bounds = target.substring("claim:".length()).split("-");
    return text.substring(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]));
  }
}
