package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {

  @Test
  void timesEachAnnotatorInPipelineOrder() {
    CoreNlpAnnotator annotator = TestAnnotator.get();
    annotator.annotate("The council met on March 5, 2024. It approved a budget of $4 million.", LocalDate.of(2024, 3, 4));

    assertThat(annotator.annotatorSeconds().keySet()).containsSubsequence("TokenizerAnnotator",
        "POSTaggerAnnotator", "NERCombinerAnnotator", CoreNlpAnnotator.BASIC_PARSER);
    assertThat(annotator.annotatorSeconds().values()).allSatisfy(s -> assertThat(s).isNotNegative());
  }

  @Test
  void theBasicParserGivesTheDependenciesOfCoreNlpsOwnAnnotator() {
    String text = "The mayor, who took office in January, said the council would vote on the plan next week. "
        + "Opponents of the levy, led by two former aldermen, promised to fight it in court.";
    CoreNlpAnnotator coreNlpParser = new CoreNlpAnnotator(CoreNlpConfig.allDependencyGraphs());

    assertThat(TestAnnotator.get().config().basicDependenciesOnly()).isTrue();
    assertThat(TestAnnotator.get().annotate(text, null).sentences())
        .isEqualTo(coreNlpParser.annotate(text, null).sentences());
    assertThat(TestAnnotator.get().annotate(text, null).sentences().get(0).dependencies()).isNotEmpty();
  }

  @Test
  void timesOffTurnsOffSutimeAndTheNumericClassifiers() {
    Properties props = CoreNlpAnnotator.properties(CoreNlpConfig.defaults().withTimes(false));

    assertThat(props.getProperty("ner.useSUTime")).isEqualTo("false");
    assertThat(props.getProperty("ner.applyNumericClassifiers")).isEqualTo("false");
    assertThat(CoreNlpAnnotator.properties(CoreNlpConfig.defaults()).getProperty("ner.useSUTime")).isEqualTo("true");
  }

  @Test
  void sutimeOnlyOnTimeSentencesStillNormalizesTheirTimesAndTagsTheOthers() {
    String text = "Maria Lopez denied the charges. The council met on March 5, 2024.";
    Annotated annotated = TestAnnotator.get().annotate(text, LocalDate.of(2024, 3, 6));

    assertThat(TestAnnotator.get().config().timeSentencesOnly()).isTrue();
    assertThat(annotated.timexes()).singleElement().satisfies(timex -> {
      assertThat(text.substring(timex.start(), timex.end())).isEqualTo("March 5, 2024");
      assertThat(timex.value()).isEqualTo("2024-03-05");
    });
    assertThat(annotated.tokens().get(1).ner()).isEqualTo("PERSON");
    assertThat(annotated.sentences()).hasSize(2);
  }
}
