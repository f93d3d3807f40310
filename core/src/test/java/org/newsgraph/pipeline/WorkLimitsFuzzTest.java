package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.model.Article;

/**
 * A fuzz target over the work limits: any text is kept whole, cut to a prefix that is itself within the limits, or
 * refused as {@code TOO_LARGE}. Under {@code mvn verify} it replays {@code WorkLimitsFuzzTestInputs/}.
 */
class WorkLimitsFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void anyTextIsKeptCutWithinTheLimitsOrRefused(FuzzedDataProvider data) {
    WorkLimits limits = new WorkLimits(data.consumeInt(1, 200), data.consumeInt(1, 50), 1_000, data.consumeBoolean());
    String text = data.consumeRemainingAsString();
    if (text.isBlank()) {
      return;
    }
    Article article = new Article(null, null, null, null, null, null, null, text, null, null);
    try {
      Bounded bounded = Bounded.of(article, limits);
      if (bounded.truncation() == null) {
        assertThat(bounded.article()).isSameAs(article);
        assertThat(TextMeasure.overrun(text, limits)).isNull();
      } else {
        String kept = bounded.article().text();
        assertThat(limits.truncate()).isTrue();
        assertThat(text).startsWith(kept);
        assertThat(kept).isNotBlank();
        assertThat(TextMeasure.overrun(kept, limits)).isNull();
      }
    } catch (RejectedInputException e) {
      assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.TOO_LARGE);
      assertThat(e.getMessage()).contains("--max-");
    }
  }
}
