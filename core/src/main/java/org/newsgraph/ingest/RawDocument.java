package org.newsgraph.ingest;

import java.nio.charset.StandardCharsets;

/**
 * One document as read, before cleaning: its name for error records, its decoded content and what kind of content
 * that is.
 *
 * @param name names the input in error records and output file names ({@code story.html}, {@code feed.jsonl#3})
 * @param format {@link InputFormat#TEXT} or {@link InputFormat#HTML}; JSON inputs are unpacked into these
 */
public record RawDocument(String name, String content, InputFormat format, SourceMetadata metadata) {

  public RawDocument {
    if (format != InputFormat.TEXT && format != InputFormat.HTML) {
      throw new IllegalArgumentException("a raw document is text or HTML, not " + format);
    }
    metadata = metadata == null ? SourceMetadata.NONE : metadata;
  }

  public static RawDocument text(String name, String content) {
    return new RawDocument(name, content, InputFormat.TEXT, SourceMetadata.NONE);
  }

  public static RawDocument html(String name, String content) {
    return new RawDocument(name, content, InputFormat.HTML, SourceMetadata.NONE);
  }

  /** Size in UTF-8 bytes, for limits. */
  public long utf8Length() {
    return content.getBytes(StandardCharsets.UTF_8).length;
  }
}
