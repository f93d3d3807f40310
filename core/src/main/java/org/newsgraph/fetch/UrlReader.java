package org.newsgraph.fetch;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.RejectedInputException.Reason;
import org.newsgraph.ingest.SourceMetadata;

/**
 * Reads what a URL gives (a page, a feed, a web archive) into documents: fetched politely, then read like a file, with
 * the final URL and the fetch time as metadata. A URL that gives no page becomes a {@code FETCH_FAILED} error record.
 */
public final class UrlReader {

  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

  private final PoliteFetcher fetcher;
  private final DocumentReader reader;

  public UrlReader(PoliteFetcher fetcher, DocumentReader reader) {
    this.fetcher = fetcher;
    this.reader = reader;
  }

  /** Whether an input names a URL rather than a file. */
  public static boolean isUrl(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** Fetches {@code uri} and hands each item read from it to {@code sink}. */
  public void read(URI uri, ReadOptions options, Consumer<Ingested> sink) {
    String name = uri.toString();
    Fetched fetched = fetcher.fetch(uri);
    if (fetched instanceof Fetched.Refused refused) {
      sink.accept(Ingested.rejected(name, Reason.FETCH_FAILED, refused.reason() + ": " + refused.message()));
      return;
    }
    Fetched.Page page = (Fetched.Page) fetched;
    SourceMetadata found = new SourceMetadata(page.finalUri().toString(), null, null, null,
        page.fetchedAt().toString(), List.of());
    // What the fetch tells fills what the items leave open (a feed item's own link wins over the feed's URL).
    Consumer<Ingested> sourced = item -> sink.accept(item instanceof Ingested.Accepted accepted
        ? Ingested.accepted(new RawDocument(accepted.raw().name(), accepted.raw().content(), accepted.raw().format(),
            accepted.raw().metadata().orElse(found)))
        : item);
    Charset declared = charsetOf(page.contentType());
    if (declared == null || options.charset() != null) {
      reader.read(new ByteArrayInputStream(page.body()), name, options, sourced);
      return;
    }
    // The HTTP header's charset first; when the bytes refuse it, the document's own declaration.
    List<Ingested> items = new ArrayList<>();
    reader.read(new ByteArrayInputStream(page.body()), name, options.withCharset(declared), items::add);
    boolean refused = items.size() == 1 && items.get(0) instanceof Ingested.Rejected r
        && r.code().equals(Reason.BAD_ENCODING.name());
    if (refused) {
      reader.read(new ByteArrayInputStream(page.body()), name, options, sourced);
    } else {
      items.forEach(sourced);
    }
  }

  private static Charset charsetOf(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
