package org.newsgraph.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Which inputs a store has taken in: for each input source (a file's absolute path), how many of its items are
 * stored, and whether it is finished. It travels inside each Lucene commit (commit user data), so it can never
 * disagree with the documents that commit holds: after a crash, the record and the documents are those of the same
 * last commit.
 *
 * <p>Not thread-safe; the store's writer guards it.
 */
public final class IngestRecord {

  /** The commit user data key that holds the record. */
  static final String USER_DATA_KEY = "newsgraph.inputs";

  /** Items done per source; {@link #COMPLETE} when the whole source is done. */
  private final Map<String, Long> items;

  private static final long COMPLETE = -1;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private IngestRecord(Map<String, Long> items) {
    this.items = new TreeMap<>(items);
  }

  static IngestRecord empty() {
    return new IngestRecord(Map.of());
  }

  /** Whether every item of {@code source} is stored. */
  public boolean isComplete(String source) {
    return items.getOrDefault(source, 0L) == COMPLETE;
  }

  /** How many leading items of {@code source} are stored (0 when none; meaningless once complete). */
  public long itemsDone(String source) {
    long done = items.getOrDefault(source, 0L);
    return done == COMPLETE ? 0 : done;
  }

  /** How many sources are complete. */
  public long completeSources() {
    return items.values().stream().filter(v -> v == COMPLETE).count();
  }

  void itemsDone(String source, long count) {
    if (!isComplete(source)) {
      items.put(source, count);
    }
  }

  void complete(String source) {
    items.put(source, COMPLETE);
  }

  void forget(String source) {
    items.remove(source);
  }

  /** Gzipped, base64 JSON: a record of many thousand paths stays small in every commit. */
  String encode() {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
        MAPPER.writeValue(gzip, items);
      }
      return Base64.getEncoder().encodeToString(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IngestRecord decode(String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return empty();
    }
    try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(encoded)))) {
      return new IngestRecord(MAPPER.readValue(gzip, new TypeReference<Map<String, Long>>() {}));
    } catch (IOException e) {
      throw new UncheckedIOException("the store's record of done inputs is corrupt", e);
    }
  }
}
