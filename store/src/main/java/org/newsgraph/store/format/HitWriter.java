package org.newsgraph.store.format;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Hit;
import org.newsgraph.store.query.Hits;

/** Writes a page of hits, or facet counts, in one format. */
public interface HitWriter {

  /** Writes the hits of a page (and, in JSON, its total, next cursor and facets). */
  default void write(Hits<?> hits, PrintWriter out) {
    write(hits, Hit::row, out);
  }

  /** The same, with each hit's columns as {@code rows} gives them (a caller's own columns added to the hit's). */
  void write(Hits<?> hits, Function<Hit, Map<String, Object>> rows, PrintWriter out);

  /** Writes facet counts alone: one row per facet value. */
  void writeFacets(Map<Facet, List<FacetCount>> facets, PrintWriter out);

  static HitWriter of(HitFormat format) {
    return switch (format) {
      case TABLE -> new TableWriter();
      case JSON -> new JsonWriter(false);
      case JSONL -> new JsonWriter(true);
      case CSV -> new CsvWriter();
    };
  }
}
