package org.newsgraph.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Metadata known about a document before cleaning (from a JSON record, a web archive, a feed or the command line);
 * null when unknown. Values given here win over what cleaning finds in the document itself.
 *
 * @param fetched when the page was fetched (a WARC record's date, an HTTP fetch), ISO-8601 instant; null when unknown
 * @param flags what a reader knows about the input that the analysis should say ({@code summary_only})
 * @param authors the authors a feed item names; used when the document itself names none
 */
public record SourceMetadata(String url, String title, String outlet, String published, String fetched,
    List<String> flags, List<String> authors) {

  public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null);

  public SourceMetadata {
    flags = List.copyOf(flags == null ? List.of() : flags);
    authors = List.copyOf(authors == null ? List.of() : authors);
  }

  public SourceMetadata(String url, String title, String outlet, String published) {
    this(url, title, outlet, published, null, List.of(), List.of());
  }

  public SourceMetadata(String url, String title, String outlet, String published, String fetched,
      List<String> flags) {
    this(url, title, outlet, published, fetched, flags, List.of());
  }

  /** This metadata with each null value taken from {@code fallback}; flags are joined. */
  public SourceMetadata orElse(SourceMetadata fallback) {
    Set<String> joined = new LinkedHashSet<>(flags);
    joined.addAll(fallback.flags);
    return new SourceMetadata(url != null ? url : fallback.url, title != null ? title : fallback.title,
        outlet != null ? outlet : fallback.outlet, published != null ? published : fallback.published,
        fetched != null ? fetched : fallback.fetched, List.copyOf(joined), authors.isEmpty() ? fallback.authors
        : authors);
  }
}
