package org.newsgraph.clean;

import java.time.LocalDate;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.model.Article;
import org.newsgraph.model.OriginalSource;

/**
 * Turns a raw document into an article: the body text and its metadata, clutter removed with reasons. Plain text
 * goes to {@link PlainTextCleaner}, HTML to {@link HtmlCleaner}; metadata given with the document wins over what
 * cleaning finds in it. Where the page names no date, the day in its address is the date; where it names no
 * outlet, its site is the outlet. Thread-safe: it holds only immutable configuration.
 */
public final class ArticleCleaner {

  private final PlainTextCleaner plainText = new PlainTextCleaner();
  private final HtmlCleaner html = new HtmlCleaner();

  /** Cleans {@code raw}; throws {@code NO_TEXT} when no body text is left. */
  public Article clean(RawDocument raw) throws RejectedInputException {
    Cleaned found = raw.format() == InputFormat.HTML ? html.clean(raw.content()) : plainText.clean(raw.content());
    if (found.text().isBlank()) {
      throw new RejectedInputException(RejectedInputException.Reason.NO_TEXT,
          raw.format() == InputFormat.HTML ? "the page has no article text" : "the document has no text");
    }
    SourceMetadata given = raw.metadata();
    String url = first(given.url(), found.url());
    String published = given.published() != null
        ? PublishedDate.parse(given.published()).orElse(given.published()) : found.published();
    if (published == null && raw.format() == InputFormat.HTML) {
      published = UrlDate.of(url).map(LocalDate::toString).orElse(null);
    }
    String outlet = first(given.outlet(), found.outlet());
    if (outlet == null && raw.format() == InputFormat.HTML) {
      outlet = RepostSource.site(url);
    }
    OriginalSource original = found.original();
    if (original == null && given.url() != null) {
      original = RepostSource.crossSite(given.url(), found.url()).orElse(null);
    }
    return new Article(null, url, first(given.title(), found.title()), outlet, found.authors(), published,
        found.language(), found.text(), found.repostedBy(), found.removed(), found.modified(), found.section(),
        found.keywords(), original);
  }

  private static String first(String given, String found) {
    return given != null && !given.isBlank() ? given : found;
  }
}
