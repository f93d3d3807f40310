package org.newsgraph.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.nlp.TestAnnotator;

class TimeNormalizerRandomInputTest {

  private static final String[] PIECES = {"Monday", "last", "week", "this", "weekend", "fiscal", "year", "82nd",
      "day", "Daily", "Now", "March", "31", "the", "third", "quarter", "said", "will", "$", "2.5", "billion", ",",
      ".", "\n\n", "—", "’s", "Saturday", "next", "June", "ago", "Troops", "Are", "in", "of", "1989", "tomorrow"};

  @Test
  void neverThrowsAndKeepsOffsetsOnTheTextForRandomInput() {
    Random random = new Random(20221516);
    TimeNormalizer normalizer = new TimeNormalizer();
    for (int round = 0; round < 15; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 5 + random.nextInt(40); i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String input = text.toString();
      LocalDate anchor = random.nextBoolean() ? null : LocalDate.of(1990 + random.nextInt(40), 1, 1)
          .plusDays(random.nextInt(365));
      List<TimeExpression> times = normalizer.normalize(TestAnnotator.get().annotate(input, anchor), anchor);
      assertThat(times).allSatisfy(t -> {
        assertThat(t.start()).isBetween(0, t.end());
        assertThat(input.substring(t.start(), t.end())).isEqualTo(t.text());
      });
    }
  }
}
