package org.newsgraph.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;

/**
 * Counts hits per facet value with Lucene's sorted-set facets. The ordinal map they need is built once per index
 * version and kept until the next commit is seen.
 */
final class FacetCounter {

  private static final Set<Facet> TIME = Set.of(Facet.DAY, Facet.WEEK, Facet.MONTH);

  private final FacetsConfig config;
  private volatile State state;

  FacetCounter(FacetsConfig config) {
    this.config = config;
  }

  /**
   * Counts per facet; a time facet lists every bucket oldest first, any other the {@code top} values most
   * frequent first.
   */
  Map<Facet, List<FacetCount>> count(IndexSearcher searcher, Query query, Set<Facet> facets, int top)
      throws IOException {
    Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
    SortedSetDocValuesReaderState readerState = stateOf(searcher.getIndexReader());
    if (readerState == null) {
      facets.forEach(f -> counts.put(f, List.of()));
      return counts;
    }
    FacetsCollector collected = searcher.search(query, new FacetsCollectorManager());
    SortedSetDocValuesFacetCounts facetCounts = new SortedSetDocValuesFacetCounts(readerState, collected);
    for (Facet facet : facets) {
      counts.put(facet, values(facetCounts, readerState, facet.label(), TIME.contains(facet) ? -1 : top));
    }
    return counts;
  }

  /** Every value of a dimension with its count over the records that match, in label order. */
  List<FacetCount> all(IndexSearcher searcher, Query query, String dim) throws IOException {
    SortedSetDocValuesReaderState readerState = stateOf(searcher.getIndexReader());
    if (readerState == null) {
      return List.of();
    }
    FacetsCollector collected = searcher.search(query, new FacetsCollectorManager());
    return values(new SortedSetDocValuesFacetCounts(readerState, collected), readerState, dim, -1);
  }

  /** Counts of one dimension over every document: {@code top} values, or all in label order when negative. */
  List<FacetCount> values(SortedSetDocValuesFacetCounts counts, SortedSetDocValuesReaderState readerState,
      String dim, int top) throws IOException {
    if (readerState.getOrdRange(dim) == null) {
      return List.of();
    }
    FacetResult result = top < 0 ? counts.getAllChildren(dim) : counts.getTopChildren(Math.max(top, 1), dim);
    List<FacetCount> values = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue value : result.labelValues) {
        if (value.value.longValue() > 0) {
          values.add(new FacetCount(value.label, value.value.longValue()));
        }
      }
    }
    if (top < 0) {
      values.sort(java.util.Comparator.comparing(FacetCount::value));
    }
    return values;
  }

  /** The facet state of this reader, or null when no document has a facet yet. */
  SortedSetDocValuesReaderState stateOf(IndexReader reader) throws IOException {
    State current = state;
    if (current != null && current.reader == reader) {
      return current.facets;
    }
    synchronized (this) {
      current = state;
      if (current != null && current.reader == reader) {
        return current.facets;
      }
      SortedSetDocValuesReaderState built;
      try {
        built = new DefaultSortedSetDocValuesReaderState(reader, config);
      } catch (IllegalArgumentException e) {
        built = null;
      }
      state = new State(reader, built);
      return built;
    }
  }

  private record State(IndexReader reader, SortedSetDocValuesReaderState facets) {}
}
