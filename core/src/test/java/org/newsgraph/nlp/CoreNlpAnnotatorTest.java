package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {

  @Test
  void timesEachAnnotatorInPipelineOrder() {
    CoreNlpAnnotator annotator = TestAnnotator.get();
    annotator.annotate("The council met on Tuesday. It approved a budget of $4 million.", LocalDate.of(2024, 3, 4));

    assertThat(annotator.annotatorSeconds().keySet()).containsSubsequence("TokenizerAnnotator",
        "POSTaggerAnnotator", "NERCombinerAnnotator", "DependencyParseAnnotator");
    assertThat(annotator.annotatorSeconds().values()).allSatisfy(s -> assertThat(s).isNotNegative());
  }

  @Test
  void timesOffTurnsOffSutimeAndTheNumericClassifiers() {
    Properties props = CoreNlpAnnotator.properties(CoreNlpConfig.defaults().withTimes(false));

    assertThat(props.getProperty("ner.useSUTime")).isEqualTo("false");
    assertThat(props.getProperty("ner.applyNumericClassifiers")).isEqualTo("false");
    assertThat(CoreNlpAnnotator.properties(CoreNlpConfig.defaults()).getProperty("ner.useSUTime")).isEqualTo("true");
  }
}
