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
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Segment;

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
  void leavesHedgeWordsInsideAQuoteToTheSpeaker() {
    String text = "The envoy said: “These so-called experts have never visited the region.”";
    assertThat(hedges(text, List.of(quote("q1", text, "“These so-called experts have never visited the region.”",
        "said")))).isEmpty();
  }

  @Test
  void leavesHedgeWordsBetweenSingleMarksOfAPartialQuoteToTheSpeaker() {
    String text = "The mayor dismissed the ‘so-called audit’ as politics, aides said.";
    int start = text.indexOf("‘");
    int end = text.indexOf("’") + 1;
    Quote partial = new Quote("q1", text.substring(start, end), start, end, List.of(new Segment(start, end)),
        QuoteKind.PARTIAL, null, null, null);
    assertThat(hedges(text, List.of(partial))).isEmpty();
  }

  @Test
  void leavesHedgeWordsOfAnAnswerTranscribedWithoutMarksToTheSpeaker() {
    String text = "Q: Was the vote fair?\n\nSMITH: The so-called recount changed nothing.";
    String answer = "The so-called recount changed nothing.";
    int start = text.indexOf(answer);
    Quote direct = new Quote("q1", answer, start, start + answer.length(),
        List.of(new Segment(start, start + answer.length())), QuoteKind.DIRECT, null, null, null);
    assertThat(hedges(text, List.of(direct))).isEmpty();
  }

  @Test
  void leavesHedgeWordsBetweenMarksNobodyIsQuotedSayingOutOfTheReportersWords() {
    String text = "Banners read ‘Stop the so-called reform’ outside the ministry.";
    assertThat(hedges(text, List.of())).isEmpty();
  }

  @Test
  void takesAWordBetweenSingleMarksForScareQuotesToo() {
    String text = "The army began its ‘temporary’ occupation of the border town.";
    assertThat(hedges(text, List.of())).extracting(Framing::text).containsExactly("‘temporary’");
  }

  @Test
  void takesNoApostropheForAQuotationMark() {
    String text = "The farmers’ “temporary” camp and the workers’ union stayed.";
    assertThat(hedges(text, List.of())).extracting(Framing::text).containsExactly("“temporary”");
  }

  @Test
  void leavesHedgeWordsOfAQuotationRunningOverParagraphsToTheSpeaker() {
    String text = "The letter read: “The so-called audit found nothing.\n\n“We stand by our count.”";
    assertThat(hedges(text, List.of())).isEmpty();
  }

  @Test
  void takesHedgeWordsAfterAMarkNeverClosedForTheReportersOwn() {
    String text = "A member shouted “no and the council passed the so-called reform.\n\nThe vote was close.";
    assertThat(hedges(text, List.of())).extracting(Framing::text).containsExactly("so-called");
  }

  @Test
  void takesTheAndOfRockAndRollForNoScareQuote() {
    String text = "The mayor asked the band to play rock ‘n’ roll at the fair.";
    assertThat(hedges(text, List.of())).isEmpty();
  }
}
