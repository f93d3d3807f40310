package org.newsgraph.ingest;

import java.nio.charset.Charset;

/**
 * How to read one input: what format it is (or null to sniff), metadata given on the command line, the size limit
 * and a charset to force.
 *
 * @param format the input's format, or null to sniff it from the content and the file extension
 * @param metadata values that win over those found in the input (a JSON record's fields, the document itself)
 * @param maxBytes the largest input read; for JSON Lines, the largest line
 * @param charset the charset to decode with, or null to use a byte-order mark, a declaration, or UTF-8
 */
public record ReadOptions(InputFormat format, SourceMetadata metadata, long maxBytes, Charset charset) {

  /** The default size limit: 5 MiB, far above any news article (the founding example is 6 KB). */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  public static final ReadOptions DEFAULTS = new ReadOptions(null, SourceMetadata.NONE, DEFAULT_MAX_BYTES, null);

  public ReadOptions {
    metadata = metadata == null ? SourceMetadata.NONE : metadata;
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxBytes: must be between 1 and " + (Integer.MAX_VALUE - 16) + ", was "
          + maxBytes);
    }
  }

  /** The charset named {@code name} (as given to {@code --charset}); fails naming the option when it is unknown. */
  public static Charset charsetNamed(String name) {
    try {
      return Charset.forName(name.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--charset: unknown charset '" + name + "'", e);
    }
  }

  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  public ReadOptions withFormat(InputFormat newFormat) {
    return new ReadOptions(newFormat, metadata, maxBytes, charset);
  }

  public ReadOptions withMetadata(SourceMetadata newMetadata) {
    return new ReadOptions(format, newMetadata, maxBytes, charset);
  }

  public ReadOptions withMaxBytes(long newMaxBytes) {
    return new ReadOptions(format, metadata, newMaxBytes, charset);
  }

  public ReadOptions withCharset(Charset newCharset) {
    return new ReadOptions(format, metadata, maxBytes, newCharset);
  }
}
