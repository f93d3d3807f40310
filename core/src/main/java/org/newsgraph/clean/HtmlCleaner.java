package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Cleans an HTML page: metadata from JSON-LD and meta tags ({@link HtmlMetadata}), body text from the main content
 * ({@link ContentExtractor}), paragraphs separated by a blank line. Removal offsets index the HTML source; a removal's
 * text is the visible text of the markup it covers. When nothing is found but JSON-LD carries an
 * {@code articleBody}, that is the text. Datelines and bylines dropped from the text fill in the dates and authors
 * the metadata lacks.
 */
final class HtmlCleaner {

  private static final Pattern UPDATED = Pattern.compile("(?i)^(?:last\\s+)?(?:updated|modified|edited)\\b");
  private static final Pattern BY_NAMES = Pattern.compile("(?i)(?:^|\\s)by\\s+(\\p{Lu}.*?)\\s*(?:[|\u2013\u2014\u00b7,]"
      + "|\\s\\d|\\s+on\\s|$)");

  private final HtmlMetadata.Keys keys = HtmlMetadata.Keys.load();
  private final ContentExtractor extractor = new ContentExtractor();
  private final AuthorNames names = new AuthorNames();

  Cleaned clean(String html) {
    Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    HtmlMetadata meta = HtmlMetadata.read(page, keys, names);
    ArticleText article = new ArticleText();
    List<String> furniture = new ArrayList<>();
    extractor.extract(page.body(), html.length(), meta.title(), article, furniture);
    String text = article.text();
    if (text.isBlank() && meta.articleBody() != null) {
      text = meta.articleBody();
    }
    String published = meta.published();
    String modified = meta.modified();
    List<String> authors = meta.authors();
    for (String line : furniture) {
      String date = PublishedDate.find(line).orElse(null);
      if (date != null && UPDATED.matcher(line).find()) {
        modified = modified == null ? date : modified;
      } else if (date != null) {
        published = published == null ? date : published;
      }
      Matcher by = BY_NAMES.matcher(line);
      if (authors.isEmpty() && by.find()) {
        authors = names.people(List.of(by.group(1)), meta.outlet(), RepostSource.site(meta.url()));
      }
    }
    return new Cleaned(text, meta.title(), meta.outlet(), authors, published, null, meta.url(), meta.language(),
        article.removed(), modified, meta.section(), meta.keywords(), meta.original());
  }
}
