package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TestAnnotator;

/**
 * The compiled dictionaries as the event stage reads them: the PLOVER types the coder gives short news sentences
 * (the field's dictionaries, newsgraph's own patterns and its PLOVER readings of CAMEO codes).
 */
class CompiledVocabularyTest {

  private static final LocalDate DATE = LocalDate.of(2024, 5, 6);
  private static final CoderOptions STAGE = new CoderOptions(false, false);

  private static EventModel model;

  @BeforeAll
  static void load() {
    model = EventModel.load();
  }

  private static List<String> types(String text) {
    Annotated annotated = TestAnnotator.get().annotate(text, DATE);
    return annotated.sentences().stream()
        .flatMap(s -> model.coder().code(annotated, s, DATE, STAGE).codings().stream())
        .map(c -> model.plover().lookup(c.cameo()).map(CameoCode::ploverType).orElse(null))
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }

  @Test
  void aSentenceNamingAPastYearIsStillCoded() {
    assertThat(types("Norway accused Sweden of breaking the fishing treaty signed in 1979.")).contains("ACCUSE");
  }

  @Test
  void aSentenceWithYearsAgoIsStillCoded() {
    assertThat(types("Norway accused Sweden of breaking a treaty it signed three years ago.")).contains("ACCUSE");
  }
}
