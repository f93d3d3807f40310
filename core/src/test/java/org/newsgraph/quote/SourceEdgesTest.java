package org.newsgraph.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TestAnnotator;
import org.newsgraph.nlp.Token;

/** Where a source begins and ends once the parse has proposed it: without a dateline, with a name it split off. */
class SourceEdgesTest {

  private static Segment of(String text, String words) {
    int at = text.indexOf(words);
    return new Segment(at, at + words.length());
  }

  private static int tokenAt(Annotated annotated, String text, String word) {
    int at = text.indexOf(word);
    List<Token> tokens = annotated.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == at) {
        return i;
      }
    }
    throw new AssertionError("no token at '" + word + "'");
  }

  private static Entity person(String id, String name, String text) {
    int at = text.indexOf(name);
    return new Entity(id, name, EntityType.PERSON, List.of(), List.of(), Map.of(),
        List.of(new Mention(at, at + name.length(), name)));
  }

  private static Candidate sourced(Annotated annotated, String text, String source, String head, String content) {
    return new Candidate(of(text, source), tokenAt(annotated, text, head), of(text, "said"),
        tokenAt(annotated, text, "said"), List.of(of(text, content)));
  }

  @Test
  void aDatelineInCapitalsOpeningTheParagraphIsNoPartOfTheSource() {
    String text = "WASHINGTON — Sen. Jane Doe (D-Ore.) said on Friday that the bill would pass.";
    Annotated annotated = TestAnnotator.get().annotate(text, null);
    Candidate candidate = sourced(annotated, text, "WASHINGTON — Sen. Jane Doe (D-Ore.)", "WASHINGTON",
        "the bill would pass");

    Candidate moved = new SourceEdges(annotated, List.of(person("e1", "Jane Doe", text))).apply(candidate);

    assertThat(moved.source()).isEqualTo(of(text, "Sen. Jane Doe (D-Ore.)"));
    assertThat(moved.sourceHead()).isEqualTo(-1);
  }

  @Test
  void aPlaceInOrdinaryCaseIsADatelineOnlyWithItsAgency() {
    String text = "Lisbon (AFP) – Prime Minister Ana Costa said the budget was balanced.";
    Annotated annotated = TestAnnotator.get().annotate(text, null);
    Candidate candidate = sourced(annotated, text, "Lisbon (AFP) – Prime Minister Ana Costa", "Costa",
        "the budget was balanced");

    Candidate moved = new SourceEdges(annotated, List.of(person("e1", "Ana Costa", text))).apply(candidate);

    assertThat(moved.source()).isEqualTo(of(text, "Prime Minister Ana Costa"));
  }

  @Test
  void aNameInOrdinaryCaseBeforeADashIsTheSourceItself() {
    String text = "Governor Jane Doe – a lifelong Cowboys fan – said the team would win.";
    Annotated annotated = TestAnnotator.get().annotate(text, null);
    Candidate candidate = sourced(annotated, text, "Governor Jane Doe – a lifelong Cowboys fan –", "Doe",
        "the team would win");

    Candidate moved = new SourceEdges(annotated, List.of(person("e1", "Jane Doe", text))).apply(candidate);

    assertThat(moved.source()).isEqualTo(candidate.source());
  }

  @Test
  void aNameSplitFromItsAppositiveOpensTheSourceAgain() {
    String text = "Still, Tad Morrow, a senior adviser to the mayor, said the plan would work.";
    Annotated annotated = TestAnnotator.get().annotate(text, null);
    Candidate candidate = sourced(annotated, text, "a senior adviser to the mayor", "adviser",
        "the plan would work");

    Candidate moved = new SourceEdges(annotated, List.of(person("e1", "Tad Morrow", text))).apply(candidate);

    assertThat(moved.source()).isEqualTo(of(text, "Tad Morrow, a senior adviser to the mayor,"));
    assertThat(moved.sourceHead()).isEqualTo(tokenAt(annotated, text, "Morrow"));
  }

  @Test
  void aNameBeforeAnUnclosedSourceIsNotItsAppositive() {
    String text = "Unlike Tad Morrow, the mayor's aides said the plan would work.";
    Annotated annotated = TestAnnotator.get().annotate(text, null);
    Candidate candidate = sourced(annotated, text, "the mayor's aides", "aides", "the plan would work");

    Candidate moved = new SourceEdges(annotated, List.of(person("e1", "Tad Morrow", text))).apply(candidate);

    assertThat(moved.source()).isEqualTo(candidate.source());
  }
}
