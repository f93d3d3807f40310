package org.newsgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Cue;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Focus;
import org.newsgraph.model.Framing;
import org.newsgraph.model.FramingKind;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Removal;
import org.newsgraph.model.Segment;
import org.newsgraph.model.Speaker;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimeType;
import org.newsgraph.model.Tone;

class AnalysisParserTest {

  @Test
  void aWrittenAnalysisReadsBackEqual() {
    String text = "Mayor Ann Lee said on Monday that the $3 million budget was bogus.";
    Article article = new Article(null, "https://example.org/a", "Budget row", "Example Wire", List.of("J. Roe"),
        "2024-05-14", "en", text, null, List.of(new Removal(0, 9, Removal.HEADER, "Home News", 0)));
    Entity lee = new Entity("e1", "Ann Lee", EntityType.PERSON, List.of("Lee"), List.of("Mayor"),
        Map.of("kind", "person"), List.of(new Mention(6, 13, "Ann Lee")));
    Quote quote = new Quote("q1", "the $3 million budget was bogus", 34, 65, List.of(new Segment(34, 65)),
        QuoteKind.INDIRECT, new Speaker("e1", "Ann Lee", 0, 13), new Cue("said", 14, 18), null);
    Analysis analysis = new Analysis(Analysis.SCHEMA, article, List.of(lee), List.of(quote),
        List.of(new TimeExpression("Monday", 22, 28, TimeType.DATE, "2024-05-13")),
        List.of(new Figure("$3 million", 38, 48, new BigDecimal("3000000"), "USD", null,
            new Attribution("e1", "Ann Lee"))),
        List.of(new Event("v1", "ACCUSE", "112", 3, null, new Actor("e1", "Ann Lee", "USAGOV"), null, "2024-05-13",
            false, null, false, false, false, new Segment(0, 65), null, 0.8)),
        List.of(new Place("e1", "Springfield", 123L, 39.8, -89.6, "USA", "PPLA", 0.9)),
        new Focus("USA", List.of("USA"), null),
        List.of(new Framing(FramingKind.VERDICT, "bogus", 60, 65, "q1", null)), new Tone(-1.5, 0, 1.5, 12));
    String json = new AnalysisJson().write(analysis, false);

    Analysis read = new AnalysisParser().parse(json);

    assertThat(new AnalysisJson().write(read, false)).isEqualTo(json);
  }
}
