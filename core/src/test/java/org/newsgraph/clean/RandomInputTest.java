package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.model.Article;
import org.newsgraph.model.Removal;

/** Cleaning random input never fails other than with NO_TEXT, and every offset it gives stays in range. */
class RandomInputTest {

  private static final String[] PIECES = {"The ", "minister ", "Said ", "Author: Jo Lee", " \u2013 May 4, 2021", "\n",
      "\n\n", "\r\n", "\r", "\u00a0", "\u200b", "\u2019", "\u201c", "\u201d", ".", ":", "?", "<p>", "</p>", "<div>",
      "<a href=x>", "</a>", "<nav>", "<br>", "<h1>", "</h1>", "<article>", "&amp;", "\t", "By Ann Ho", "READ MORE: ",
      "A Long Title Case Line With Many Words Here", "\uD83D\uDE00", "x", "<script>", "</script>", "<!--", "-->"};

  private final ArticleCleaner cleaner = new ArticleCleaner();

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int n = random.nextInt(60);
    for (int i = 0; i < n; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  @Test
  void plainTextRemovalsQuoteTheirSourceExactly() {
    Random random = new Random(20240509);
    for (int i = 0; i < 2000; i++) {
      String source = randomText(random);
      Article article = cleanOrNull(RawDocument.text("r.txt", source));
      if (article == null) {
        continue;
      }
      for (Removal removal : article.removed()) {
        assertThat(removal.end()).isLessThanOrEqualTo(source.length());
        assertThat(source.substring(removal.start(), removal.end())).isEqualTo(removal.text());
        assertThat(removal.at()).isBetween(0, article.text().length());
      }
    }
  }

  @Test
  void htmlRemovalsStayInsideTheSource() {
    Random random = new Random(19980);
    for (int i = 0; i < 2000; i++) {
      String source = randomText(random);
      Article article = cleanOrNull(RawDocument.html("r.html", source));
      if (article == null) {
        continue;
      }
      assertThat(article.text()).isNotBlank();
      for (Removal removal : article.removed()) {
        assertThat(removal.end()).isLessThanOrEqualTo(source.length());
        assertThat(removal.at()).isBetween(0, article.text().length());
      }
    }
  }

  private Article cleanOrNull(RawDocument raw) {
    try {
      return cleaner.clean(raw);
    } catch (RejectedInputException e) {
      assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.NO_TEXT);
      return null;
    }
  }
}
