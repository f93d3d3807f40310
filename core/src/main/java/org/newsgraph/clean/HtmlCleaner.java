package org.newsgraph.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Cleans an HTML page: metadata from JSON-LD and meta tags ({@link HtmlMetadata}), body text from the main content
 * ({@link ContentExtractor}), paragraphs separated by a blank line. Removal offsets index the HTML source; a removal's
 * text is the visible text of the markup it covers. When nothing is found but JSON-LD carries an
 * {@code articleBody}, that is the text.
 */
final class HtmlCleaner {

  private final HtmlMetadata.Keys keys = HtmlMetadata.Keys.load();
  private final ContentExtractor extractor = new ContentExtractor();

  Cleaned clean(String html) {
    Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    HtmlMetadata meta = HtmlMetadata.read(page, keys);
    ArticleText article = new ArticleText();
    extractor.extract(page.body(), html.length(), meta.title(), article);
    String text = article.text();
    if (text.isBlank() && meta.articleBody() != null) {
      text = meta.articleBody();
    }
    return new Cleaned(text, meta.title(), meta.outlet(), meta.authors(), meta.published(), null, meta.url(),
        meta.language(), article.removed());
  }
}
