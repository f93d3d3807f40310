package org.newsgraph.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Figure;
import org.newsgraph.nlp.TestAnnotator;

class FigureExtractorRandomInputTest {

  private static final String[] PIECES = {"$", "€", "C$", "300", "27,700", "1.5", "million", "billion", "dozen",
      "three", "one", "hundred", "percent", "%", "per", "cent", "troops", "of", "aid", "said", "the", "ministry",
      "according", "to", "rubles", "Canadian", "dollars", ",", ".", "in", "2019", "7th", "Army", "at", "17"};

  @Test
  void neverThrowsAndKeepsOffsetsOnTheTextForRandomInput() {
    Random random = new Random(27700);
    FigureExtractor extractor = new FigureExtractor();
    for (int round = 0; round < 15; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 5 + random.nextInt(40); i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String input = text.toString();
      List<Figure> figures = extractor.extract(TestAnnotator.get().annotate(input, LocalDate.of(2022, 5, 16)),
          List.of());
      assertThat(figures).allSatisfy(f -> {
        assertThat(input.substring(f.start(), f.end())).isEqualTo(f.text());
        assertThat(f.value()).isNotNull();
        assertThat(f.unit()).isNotBlank();
      });
    }
  }
}
