package org.newsgraph.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TestAnnotator;

class SpanRefinerTest {

  private static Segment segment(String text, String words) {
    int start = text.indexOf(words);
    return new Segment(start, start + words.length());
  }

  @Test
  void movesAnEdgeToTheOptionTheModelScoresHighest() throws Exception {
    String text = "Governor Lee said that the state would cut taxes next year.";
    Annotated annotated = TestAnnotator.get().annotate(text, null);
    // A model that has learned one thing: a content does not start with "that".
    SpanModel model = SpanModel.read(new ByteArrayInputStream("cs|in.w=that\t-5.0\n".getBytes(StandardCharsets.UTF_8)));
    Candidate rules = new Candidate(segment(text, "Governor Lee"), 1, segment(text, "said"), 2,
        List.of(segment(text, "that the state would cut taxes next year")));

    List<Candidate> refined = new SpanRefiner(model).refine(annotated, List.of(rules));

    Segment content = refined.get(0).content().get(0);
    assertThat(text.substring(content.start(), content.end())).isEqualTo("the state would cut taxes next year");
    assertThat(refined.get(0).source()).isEqualTo(rules.source());
    assertThat(refined.get(0).cue()).isEqualTo(rules.cue());
  }

  @Test
  void leavesAnUncuedContinuationAsTheRulesFoundIt() throws Exception {
    String text = "“We will win. Nobody can stop us.”";
    Annotated annotated = TestAnnotator.get().annotate(text, null);
    SpanModel model = SpanModel.read(new ByteArrayInputStream("cs|d=+1\t9.0\n".getBytes(StandardCharsets.UTF_8)));
    Candidate continuation = new Candidate(null, -1, null, -1, List.of(new Segment(0, text.length())));

    assertThat(new SpanRefiner(model).refine(annotated, List.of(continuation))).containsExactly(continuation);
  }

  @Test
  void theCommittedModelKeepsAPlainReportedClause() {
    String text = "Officials said the storm had destroyed 40 homes in the county since Monday.";
    Annotated annotated = TestAnnotator.get().annotate(text, null);

    List<Quote> quotes = new QuoteStage(QuoteConfig.defaults()).quotes(annotated, List.of());

    assertThat(quotes).singleElement().satisfies(quote ->
        assertThat(quote.text()).isEqualTo("the storm had destroyed 40 homes in the county since Monday"));
  }

  @Test
  void theCommittedModelFindsTheSpeakerOfAParticipleTheRulesLeftWithout() {
    String text = "Protesters marched through the capital, demanding that the minister resign.";
    Annotated annotated = TestAnnotator.get().annotate(text, null);

    List<Quote> rules = new QuoteStage(QuoteConfig.defaults().withRuleSpans()).quotes(annotated, List.of());
    List<Quote> learned = new QuoteStage(QuoteConfig.defaults()).quotes(annotated, List.of());

    assertThat(rules).singleElement().satisfies(quote -> assertThat(quote.speaker()).isNull());
    assertThat(learned).singleElement().satisfies(quote -> {
      assertThat(text.substring(quote.speaker().start(), quote.speaker().end())).isEqualTo("Protesters");
      assertThat(quote.text()).isEqualTo("that the minister resign");
    });
  }
}
