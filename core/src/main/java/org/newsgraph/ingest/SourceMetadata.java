package org.newsgraph.ingest;

/**
 * Metadata known about a document before cleaning (from a JSON record or the command line); null when unknown.
 * Values given here win over what cleaning finds in the document itself.
 */
public record SourceMetadata(String url, String title, String outlet, String published) {

  public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null);

  /** This metadata with each null value taken from {@code fallback}. */
  public SourceMetadata orElse(SourceMetadata fallback) {
    return new SourceMetadata(url != null ? url : fallback.url, title != null ? title : fallback.title,
        outlet != null ? outlet : fallback.outlet, published != null ? published : fallback.published);
  }
}
