package org.newsgraph.store;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Hits;

/**
 * Counts hits per facet value with Lucene's sorted-set facets, one doc-values field per dimension, so that a count
 * reads only the dimensions asked for. Stores written before the split keep every dimension in Lucene's default
 * field, which is read then. The ordinal maps the counts need are built once per index version, per field, and kept
 * until the next commit is seen.
 *
 * <p>The entity dimension of a broad query is counted on a sample of its hits ({@link Sampling}); every other
 * dimension, and every dimension of a query with fewer hits, is counted exactly.
 */
final class FacetCounter {

  private static final Set<Facet> TIME = Set.of(Facet.DAY, Facet.WEEK, Facet.MONTH);
  private static final Set<Facet> ROLLED_UP = Set.of(Facet.WEEK, Facet.MONTH);
  /** The dimensions worth sampling: an article names some thirty entities, every other dimension a few values. */
  private static final Set<Facet> SAMPLED = Set.of(Facet.ENTITY);

  /**
   * When a dimension is counted on a sample: past {@code exactUpTo} hits, on about {@code sampleSize} of them.
   */
  record Sampling(int exactUpTo, int sampleSize) {

    /** The store's own: {@link Hits#EXACT_ENTITY_COUNTS_UP_TO} and {@link Hits#ENTITY_SAMPLE}. */
    static final Sampling DEFAULT = new Sampling(Hits.EXACT_ENTITY_COUNTS_UP_TO, Hits.ENTITY_SAMPLE);

    Sampling {
      if (sampleSize < 1 || exactUpTo < sampleSize) {
        throw new IllegalArgumentException("a sample of " + sampleSize + " past " + exactUpTo + " hits");
      }
    }
  }

  private final FacetsConfig config;
  private final Sampling sampling;
  private volatile State state;

  FacetCounter(FacetsConfig config, Sampling sampling) {
    this.config = config;
    this.sampling = sampling;
  }

  /**
   * Counts per facet; a time facet lists every bucket oldest first, any other the {@code top} values most
   * frequent first.
   */
  Map<Facet, List<FacetCount>> count(IndexSearcher searcher, Query query, Set<Facet> facets, int top)
      throws IOException {
    return count(searcher, searcher.search(query, new FacetsCollectorManager()), facets, top);
  }

  /** As {@link #count(IndexSearcher, Query, Set, int)}, over hits collected already (with a page of them). */
  Map<Facet, List<FacetCount>> count(IndexSearcher searcher, FacetsCollector collected, Set<Facet> facets, int top)
      throws IOException {
    Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
    State current = stateOf(searcher.getIndexReader());
    // A record's week and month are those of its day: counting days alone and adding them up gives the same
    // counts for one walk over the hits instead of three.
    boolean rollUp = facets.contains(Facet.WEEK) || facets.contains(Facet.MONTH);
    Set<Facet> walked = EnumSet.noneOf(Facet.class);
    walked.addAll(facets);
    if (rollUp) {
      walked.removeAll(ROLLED_UP);
      walked.add(Facet.DAY);
    }
    long hits = totalOf(collected);
    HitSample sample = null;
    // Dimensions sharing a field (a store of the older layout) and a walk (all hits, or the sample) are counted
    // in one walk.
    Map<List<Object>, SortedSetDocValuesFacetCounts> byWalk = new HashMap<>();
    for (Facet facet : walked) {
      SortedSetDocValuesReaderState field = current.of(facet.label());
      if (field == null) {
        counts.put(facet, List.of());
        continue;
      }
      boolean sampled = SAMPLED.contains(facet) && hits > sampling.exactUpTo();
      if (sampled && sample == null) {
        sample = HitSample.of(collected, hits, sampling.sampleSize());
      }
      FacetsCollector walk = sampled ? sample : collected;
      SortedSetDocValuesFacetCounts facetCounts = byWalk.get(List.of(field, sampled));
      if (facetCounts == null) {
        facetCounts = new SortedSetDocValuesFacetCounts(field, walk);
        byWalk.put(List.of(field, sampled), facetCounts);
      }
      List<FacetCount> values = values(facetCounts, field, facet.label(), TIME.contains(facet) ? -1 : top);
      counts.put(facet, sampled ? scaled(values, sample) : values);
    }
    if (rollUp) {
      List<FacetCount> days = counts.get(Facet.DAY);
      if (facets.contains(Facet.WEEK)) {
        counts.put(Facet.WEEK, rolledUp(days, day -> week(LocalDate.parse(day))));
      }
      if (facets.contains(Facet.MONTH)) {
        counts.put(Facet.MONTH, rolledUp(days, day -> day.substring(0, 7)));
      }
      if (!facets.contains(Facet.DAY)) {
        counts.remove(Facet.DAY);
      }
    }
    return counts;
  }

  /** Counts over a sample, scaled up to all the hits and marked as estimates. */
  private static List<FacetCount> scaled(List<FacetCount> counts, HitSample sample) {
    List<FacetCount> scaled = new ArrayList<>(counts.size());
    for (FacetCount count : counts) {
      scaled.add(new FacetCount(count.value(), sample.scaled(count.count()), true));
    }
    return scaled;
  }

  private static long totalOf(FacetsCollector collected) {
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : collected.getMatchingDocs()) {
      total += docs.totalHits;
    }
    return total;
  }

  /** Day counts added up per the bucket each day falls in, oldest bucket first. */
  private static List<FacetCount> rolledUp(List<FacetCount> days, Function<String, String> bucket) {
    Map<String, Long> sums = new TreeMap<>();
    for (FacetCount day : days) {
      sums.merge(bucket.apply(day.value()), day.count(), Long::sum);
    }
    List<FacetCount> buckets = new ArrayList<>();
    sums.forEach((label, count) -> buckets.add(new FacetCount(label, count)));
    return buckets;
  }

  /** Every value of a dimension with its count over the records that match, in label order. */
  List<FacetCount> all(IndexSearcher searcher, Query query, String dim) throws IOException {
    SortedSetDocValuesReaderState field = stateOf(searcher.getIndexReader()).of(dim);
    if (field == null) {
      return List.of();
    }
    FacetsCollector collected = searcher.search(query, new FacetsCollectorManager());
    return values(new SortedSetDocValuesFacetCounts(field, collected), field, dim, -1);
  }

  /** Counts of one dimension: {@code top} values, or all in label order when negative. */
  private static List<FacetCount> values(SortedSetDocValuesFacetCounts counts,
      SortedSetDocValuesReaderState readerState, String dim, int top) throws IOException {
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
      values.sort(Comparator.comparing(FacetCount::value));
    }
    return values;
  }

  /** The facet states of this reader, built the first time it is seen. */
  private State stateOf(IndexReader reader) throws IOException {
    State current = state;
    if (current != null && current.reader == reader) {
      return current;
    }
    synchronized (this) {
      current = state;
      if (current != null && current.reader == reader) {
        return current;
      }
      current = new State(reader, config);
      state = current;
      return current;
    }
  }

  /** The ISO week of a day, as TIMEX3 writes weeks ({@code 2024-W09}): the label a day's count is added to. */
  static String week(LocalDate day) {
    int week = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return day.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-W0" : "-W") + week;
  }

  /** The facet state of each dimension's field in one reader; null for a dimension no document has. */
  private static final class State {
    final IndexReader reader;
    private final FacetsConfig config;
    private final FieldInfos fields;
    private final Map<String, SortedSetDocValuesReaderState> byField = new HashMap<>();

    State(IndexReader reader, FacetsConfig config) {
      this.reader = reader;
      this.config = config;
      this.fields = FieldInfos.getMergedFieldInfos(reader);
    }

    synchronized SortedSetDocValuesReaderState of(String dim) throws IOException {
      String field = config.getDimConfig(dim).indexFieldName;
      if (fields.fieldInfo(field) == null) {
        // A store of the older layout: every dimension in the default field.
        field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
        if (fields.fieldInfo(field) == null) {
          return null;
        }
      }
      if (!byField.containsKey(field)) {
        SortedSetDocValuesReaderState built;
        try {
          built = new DefaultSortedSetDocValuesReaderState(reader, field, config);
        } catch (IllegalArgumentException e) {
          built = null;
        }
        byField.put(field, built);
      }
      return byField.get(field);
    }
  }
}
