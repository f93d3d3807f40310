package org.newsgraph.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TestAnnotator;
import org.newsgraph.nlp.Token;

class CueFeaturesTest {

  private static List<String> featuresOf(String text, String word) {
    Annotated annotated = TestAnnotator.get().annotate(text, null);
    Map<Integer, List<String>> candidates = CueFeatures.load().candidates(annotated);
    Token token = annotated.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
    assertThat(candidates).containsKey(token.index());
    return candidates.get(token.index());
  }

  @Test
  void describesASpeechVerbByItsLemmaClauseAndNamedSubject() {
    List<String> features = featuresOf("Senator Ada Holm said the bridge would reopen in May.", "said");

    assertThat(features).contains("lemma=say", "lemma+clause=say|true", "subject=name");
  }

  @Test
  void marksQuotationMarksNextToTheVerb() {
    List<String> features = featuresOf("“The bridge will reopen,” the mayor said.", "said");

    assertThat(features).contains("quote-near", "quotes=2");
  }

  @Test
  void givesTheInventoryShareOfTheWord() {
    List<String> features = featuresOf("Workers built the bridge in May.", "built");

    assertThat(features).noneMatch(feature -> feature.equals("share=>=50"));
    assertThat(features).anyMatch(feature -> feature.startsWith("share="));
  }

  @Test
  void seesTheNameNextToTheVerbByItsEntityClassNotItsWords() {
    List<String> features = featuresOf("The wall will never be paid for, Enrique Pena Nieto said on Monday.", "said");

    assertThat(features).contains("prev=<PERSON>");
    assertThat(features).noneMatch(feature -> feature.contains("nieto"));
  }

  @Test
  void leavesNounsOut() {
    Annotated annotated = TestAnnotator.get().annotate("The bridge reopened.", null);
    Map<Integer, List<String>> candidates = CueFeatures.load().candidates(annotated);

    assertThat(candidates.keySet()).allMatch(index -> annotated.tokens().get(index).pos().startsWith("VB"));
  }
}
