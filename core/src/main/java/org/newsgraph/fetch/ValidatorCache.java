package org.newsgraph.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps what a conditional GET needs: a page's body with its ETag and Last-Modified, so that a 304 Not Modified can be
 * answered from here.
 */
public interface ValidatorCache {

  /** A page kept with its validators; either validator may be null. */
  record Entry(String etag, String lastModified, String contentType, byte[] body, Instant fetchedAt) {}

  Optional<Entry> get(URI uri);

  void put(URI uri, Entry entry);

  /** A cache in memory, for one run. */
  static ValidatorCache inMemory() {
    Map<URI, Entry> entries = new ConcurrentHashMap<>();
    return new ValidatorCache() {
      @Override
      public Optional<Entry> get(URI uri) {
        return Optional.ofNullable(entries.get(uri));
      }

      @Override
      public void put(URI uri, Entry entry) {
        entries.put(uri, entry);
      }
    };
  }
}
