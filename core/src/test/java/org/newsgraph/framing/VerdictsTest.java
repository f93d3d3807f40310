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

class VerdictsTest {

  private final FramingStage stage = new FramingStage();

  private List<Framing> verdicts(String text, List<Quote> quotes) {
    return stage.framing(annotate(text), quotes, List.of()).stream()
        .filter(f -> f.kind() == FramingKind.VERDICT).toList();
  }

  @Test
  void appliesAVerdictAdjectiveToTheNounPhraseItJudges() {
    String text = "The senator repeated his baseless theory about the harbor deal.";
    List<Framing> verdicts = verdicts(text, List.of());
    assertThat(verdicts).extracting(Framing::text).containsExactly("baseless theory");
    assertThat(claimWords(text, verdicts.get(0).appliesTo())).isEqualTo("his baseless theory about the harbor deal");
  }

  @Test
  void takesFalseForAVerdictOnAClaim() {
    String text = "She repeated the false claim that the count was rigged.";
    List<Framing> verdicts = verdicts(text, List.of());
    assertThat(verdicts).extracting(Framing::text).containsExactly("false claim");
    assertThat(claimWords(text, verdicts.get(0).appliesTo())).isEqualTo("the false claim that the count was rigged");
  }

  @Test
  void takesFalseForNoVerdictOnAThingThatIsNoClaim() {
    String text = "The museum showed false teeth from the eighteenth century.";
    assertThat(verdicts(text, List.of())).isEmpty();
  }

  @Test
  void appliesAVerdictAdverbToTheQuoteItsVerbCues() {
    String text = "The mayor falsely claimed that crime had doubled since spring.";
    List<Framing> verdicts = verdicts(text, List.of(quote("q1", text, "that crime had doubled since spring",
        "falsely claimed")));
    assertThat(verdicts).extracting(Framing::text, Framing::appliesTo).containsExactly(tuple("falsely", "q1"));
  }

  @Test
  void appliesWithoutEvidenceToTheQuoteOfTheVerbItFollows() {
    String text = "The candidate said without evidence that the count was rigged.";
    List<Framing> verdicts = verdicts(text, List.of(quote("q1", text, "that the count was rigged", "said")));
    assertThat(verdicts).extracting(Framing::text, Framing::appliesTo)
        .containsExactly(tuple("without evidence", "q1"));
  }

  @Test
  void leavesAVerdictThatASpeechVerbReportsToTheSpeaker() {
    String text = "The company called the charges baseless on Thursday.";
    assertThat(verdicts(text, List.of())).isEmpty();
  }

  @Test
  void leavesAVerdictAfterTheObjectOfASpeechVerbToTheSpeaker() {
    String text = "The campaign called the charges unsubstantiated and fabricated by former aides.";
    assertThat(verdicts(text, List.of())).isEmpty();
  }

  @Test
  void leavesVerdictWordsInsideAQuoteToTheSpeaker() {
    String text = "The minister said: “Their whole report is bogus.”";
    assertThat(verdicts(text, List.of(quote("q1", text, "“Their whole report is bogus.”", "said")))).isEmpty();
  }
}
