package org.newsgraph.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.newsgraph.ingest.RejectedInputException.Reason;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome: each item becomes one document named {@code feed#N} (N counts
 * items from 1), its body the item's full content ({@code content:encoded}, Atom content) or else its summary, with
 * the item's link, title, date and authors as metadata and the feed's title as the outlet. An item that has only a
 * short summary is flagged {@code summary_only}. Document type declarations are refused, so no entity is ever
 * expanded (no XML bomb, no external entity read).
 */
final class FeedItems {

  /** Below this many words a summary is a teaser, not the article. */
  static final int SHORT_SUMMARY_WORDS = 120;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Whether the first bytes (decoded leniently) open an RSS, RDF or Atom document. */
  static boolean looksLikeFeed(String head) {
    String start = head.stripLeading().toLowerCase(Locale.ROOT);
    if (!start.startsWith("<?xml") && !start.startsWith("<rss") && !start.startsWith("<feed")
        && !start.startsWith("<rdf:rdf") && !start.startsWith("<!--")) {
      return false;
    }
    return start.contains("<rss") || start.contains("<rdf:rdf") && start.contains("purl.org/rss")
        || start.contains("<feed") && start.contains("http://www.w3.org/2005/atom");
  }

  void read(byte[] bytes, String name, ReadOptions options, Consumer<Ingested> sink) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      // Doctypes are where entity declarations live: refusing them turns off every expansion.
      input.setAllowDoctypes(false);
      input.setXmlHealerOn(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(bytes), true));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      sink.accept(Ingested.rejected(name, Reason.BAD_FEED, "not a readable RSS or Atom feed: " + reason(e)));
      return;
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      sink.accept(Ingested.rejected(name, Reason.EMPTY_INPUT, "the feed has no items"));
      return;
    }
    String outlet = blankToNull(feed.getTitle());
    int number = 0;
    for (SyndEntry entry : entries) {
      number++;
      sink.accept(item(entry, name + "#" + number, outlet, options));
    }
  }

  private static Ingested item(SyndEntry entry, String name, String outlet, ReadOptions options) {
    SyndContent body = fullContent(entry);
    List<String> flags = new ArrayList<>();
    if (body == null) {
      body = entry.getDescription();
      if (body != null && words(body) < SHORT_SUMMARY_WORDS) {
        flags.add("summary_only");
      }
    }
    if (body == null || body.getValue() == null || body.getValue().isBlank()) {
      return Ingested.rejected(name, Reason.NO_TEXT, "the feed item has neither content nor a summary");
    }
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    SourceMetadata found = new SourceMetadata(blankToNull(entry.getLink()), blankToNull(entry.getTitle()), outlet,
        date == null ? null : date.toInstant().toString(), null, flags, authors(entry));
    InputFormat format = isHtml(body) ? InputFormat.HTML : InputFormat.TEXT;
    return Ingested.accepted(new RawDocument(name, body.getValue(), format, options.metadata().orElse(found)));
  }

  /** The longest of the item's full contents ({@code content:encoded}, Atom content), or null. */
  private static SyndContent fullContent(SyndEntry entry) {
    SyndContent best = null;
    for (SyndContent content : entry.getContents()) {
      if (content.getValue() != null && !content.getValue().isBlank()
          && (best == null || content.getValue().length() > best.getValue().length())) {
        best = content;
      }
    }
    return best;
  }

  private static boolean isHtml(SyndContent content) {
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    // RSS gives no type, and its descriptions are escaped HTML more often than not.
    return !type.equals("text") && !type.equals("text/plain");
  }

  private static int words(SyndContent content) {
    String text = isHtml(content) ? Jsoup.parse(content.getValue()).text() : content.getValue();
    return (int) WORD.matcher(text).results().count();
  }

  private static List<String> authors(SyndEntry entry) {
    Set<String> names = new LinkedHashSet<>();
    for (SyndPerson person : entry.getAuthors()) {
      if (person.getName() != null && !person.getName().isBlank()) {
        names.add(person.getName().strip());
      }
    }
    if (names.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      names.add(entry.getAuthor().strip());
    }
    return List.copyOf(names);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String reason(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() != null ? cause.getMessage() : e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
