package org.newsgraph.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsgraph.framing.Texts.annotate;
import static org.newsgraph.framing.Texts.claimWords;
import static org.newsgraph.framing.Texts.quote;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Framing;
import org.newsgraph.model.FramingKind;

class HedgesTest {

  private final FramingStage stage = new FramingStage();

  private List<Framing> hedges(String text, List<org.newsgraph.model.Quote> quotes) {
    return stage.framing(annotate(text), quotes, List.of()).stream()
        .filter(f -> f.kind() == FramingKind.HEDGE).toList();
  }

  @Test
  void appliesAnAdverbHedgeToTheQuoteHoldingIt() {
    String text = "Police said the driver allegedly sold the stolen trucks abroad.";
    List<Framing> hedges = hedges(text, List.of(quote("q1", text, "the driver allegedly sold the stolen trucks abroad",
        "said")));
    assertThat(hedges).extracting(Framing::text, Framing::appliesTo).containsExactly(tuple("allegedly", "q1"));
  }

  @Test
  void appliesAnAdjectiveHedgeToTheNounPhraseItModifies() {
    String text = "Both parties rejected the so-called peace plan.";
    List<Framing> hedges = hedges(text, List.of());
    assertThat(hedges).extracting(Framing::text).containsExactly("so-called");
    assertThat(claimWords(text, hedges.get(0).appliesTo())).isEqualTo("the so-called peace plan");
  }

  @Test
  void takesWhatHeClaimedWasForAHedgeOnTheQuotationAfterIt() {
    String text = "The governor waved what he claimed was “clear proof” of fraud.";
    List<Framing> hedges = hedges(text, List.of(quote("q1", text, "“clear proof”", null)));
    assertThat(hedges).extracting(Framing::text, Framing::appliesTo).containsExactly(tuple("claimed", "q1"));
  }

  @Test
  void takesASingleQuotedWordThatNobodyIsQuotedSayingForScareQuotes() {
    String text = "The army began its “temporary” occupation of the border town.";
    List<Framing> hedges = hedges(text, List.of());
    assertThat(hedges).extracting(Framing::text).containsExactly("“temporary”");
    assertThat(claimWords(text, hedges.get(0).appliesTo())).isEqualTo("its “temporary” occupation of the border town");
  }

  @Test
  void takesASingleQuotedWordAttributedWithAReportingVerbForAQuote() {
    String text = "The envoy called the vote “theater” on Monday.";
    assertThat(hedges(text, List.of(quote("q1", text, "“theater”", "called")))).isEmpty();
  }

  @Test
  void takesAQuotedNicknameForNoScareQuotes() {
    String text = "Rep. Robert “Bobby” Carter opened the fair on Saturday.";
    assertThat(hedges(text, List.of())).isEmpty();
  }

  @Test
  void leavesHedgeWordsInsideQuotationMarksToTheSpeaker() {
    String text = "The envoy said: “These so-called experts have never visited the region.”";
    assertThat(hedges(text, List.of())).isEmpty();
  }
}
