package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.model.Article;
import org.newsgraph.model.Removal;

/**
 * A fuzz target over the cleaner: any page gives an article whose removals stay inside the page, or {@code NO_TEXT}.
 * Under {@code mvn verify} it replays {@code HtmlCleanerFuzzTestInputs/}; see docs/limits.md for a fuzzing run.
 */
class HtmlCleanerFuzzTest {

  private final ArticleCleaner cleaner = new ArticleCleaner();

  @FuzzTest(maxDuration = "30s")
  void anyPageCleansToAnArticleOrNoText(FuzzedDataProvider data) {
    String html = data.consumeRemainingAsString();
    try {
      Article article = cleaner.clean(RawDocument.html("page.html", html));
      assertThat(article.text()).isNotBlank();
      for (Removal removal : article.removed()) {
        assertThat(removal.end()).isLessThanOrEqualTo(html.length());
        assertThat(removal.at()).isBetween(0, article.text().length());
      }
    } catch (RejectedInputException e) {
      assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.NO_TEXT);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void anyTextCleansToAnArticleOrNoText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      Article article = cleaner.clean(RawDocument.text("story.txt", text));
      assertThat(article.text()).isNotBlank();
      for (Removal removal : article.removed()) {
        assertThat(removal.end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(removal.start(), removal.end())).isEqualTo(removal.text());
      }
    } catch (RejectedInputException e) {
      assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.NO_TEXT);
    }
  }
}
