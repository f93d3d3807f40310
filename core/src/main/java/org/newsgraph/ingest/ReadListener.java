package org.newsgraph.ingest;

/** Told of what a reader passes over on purpose: web archive records that are not HTML pages, feed entries. */
@FunctionalInterface
public interface ReadListener {

  ReadListener NONE = (name, why) -> { };

  /** The item {@code name} ({@code crawl.warc.gz#7}) was skipped; {@code why} is a short category ({@code request}). */
  void skipped(String name, String why);
}
