package org.newsgraph.pipeline;

import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.ingest.RejectedInputException.Reason;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Removal;
import org.newsgraph.model.Truncation;

/** An article held within the work limits before it reaches the annotator: as it was, or cut and flagged. */
record Bounded(Article article, Truncation truncation) {

  /** Rejects a page with more elements than the limit, before it is parsed and cleaned. */
  static void checkMarkup(RawDocument raw, WorkLimits limits) throws RejectedInputException {
    if (raw.format() != InputFormat.HTML) {
      return;
    }
    String html = raw.content();
    int elements = 0;
    for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
      char next = html.charAt(i + 1);
      if (((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')) && ++elements > limits.maxHtmlElements()) {
        throw new RejectedInputException(Reason.TOO_LARGE, "the page has more than " + limits.maxHtmlElements()
            + " HTML elements, over the limit --max-html-elements " + limits.maxHtmlElements() + "; raise it if "
            + "it is really one article");
      }
    }
  }

  static Bounded of(Article article, WorkLimits limits) throws RejectedInputException {
    TextMeasure.Overrun over = TextMeasure.overrun(article.text(), limits);
    if (over == null) {
      return new Bounded(article, null);
    }
    String what = over.limit().equals("max-tokens")
        ? "the article has more than " + over.max() + " tokens"
        : "a sentence has more than " + over.max() + " tokens (a text without sentence ends counts as one)";
    String kept = article.text().substring(0, over.cut()).stripTrailing();
    if (!limits.truncate()) {
      throw new RejectedInputException(Reason.TOO_LARGE, what + ", over the limit --" + over.limit() + " "
          + over.max() + "; raise it, or pass --truncate to analyze the text up to the limit");
    }
    if (kept.isBlank()) {
      throw new RejectedInputException(Reason.TOO_LARGE, what + ", over the limit --" + over.limit() + " "
          + over.max() + ", and no whole sentence comes before it to keep");
    }
    // A removal's "at" points into the article text, so removals that stood in the cut part point at its end.
    List<Removal> removed = article.removed().stream()
        .map(r -> new Removal(r.start(), r.end(), r.reason(), r.text(), Math.min(r.at(), kept.length()))).toList();
    Article cut = new Article(null, article.url(), article.title(), article.outlet(), article.authors(),
        article.published(), article.language(), kept, article.repostedBy(), removed);
    return new Bounded(cut, new Truncation(over.limit(), over.max(), article.text().length()));
  }
}
