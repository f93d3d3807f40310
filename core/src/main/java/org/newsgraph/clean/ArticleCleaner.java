package org.newsgraph.clean;

import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.model.Article;

/** Turns a raw document into an article: the body text and its metadata, clutter removed with reasons. */
public final class ArticleCleaner {

  public Article clean(RawDocument raw) throws RejectedInputException {
    String text = raw.content().strip();
    if (text.isEmpty()) {
      throw new RejectedInputException(RejectedInputException.Reason.NO_TEXT, "the document has no text");
    }
    var meta = raw.metadata();
    return new Article(null, meta.url(), meta.title(), meta.outlet(), java.util.List.of(), meta.published(), "en",
        text, null, java.util.List.of());
  }
}
