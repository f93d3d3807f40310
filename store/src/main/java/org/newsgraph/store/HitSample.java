package org.newsgraph.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.DocIdSetBuilder;

/**
 * A deterministic sample of collected hits, for counting a costly facet dimension on part of a broad query's hits
 * (as Lucene's {@code RandomSamplingFacetsCollector} does). A record is in the sample when a hash of its document
 * number falls under the sampling rate, so that the same query over the same commit always gives the same sample,
 * and no order the records were written in (a replicated corpus, a feed's rhythm) can line up with it.
 */
final class HitSample extends FacetsCollector {

  private final List<MatchingDocs> sampled;
  private final long hits;
  private final long kept;

  private HitSample(List<MatchingDocs> sampled, long hits, long kept) {
    this.sampled = sampled;
    this.hits = hits;
    this.kept = kept;
  }

  /** About {@code size} of the {@code hits} records in {@code all}, each kept with the same probability. */
  static HitSample of(FacetsCollector all, long hits, int size) throws IOException {
    // A record is kept when the top 53 bits of its hash, read as a fraction of one, fall under the rate.
    long under = (long) (Math.min(1.0, size / (double) hits) * (1L << 53));
    List<MatchingDocs> sampled = new ArrayList<>();
    long total = 0;
    for (MatchingDocs docs : all.getMatchingDocs()) {
      DocIdSetIterator iterator = docs.totalHits == 0 || docs.bits == null ? null : docs.bits.iterator();
      if (iterator == null) {
        continue;
      }
      int[] kept = new int[64];
      int count = 0;
      int base = docs.context.docBase;
      for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
        if (hash(base + doc) >>> 11 < under) {
          if (count == kept.length) {
            kept = Arrays.copyOf(kept, count * 2);
          }
          kept[count++] = doc;
        }
      }
      // A sparse set: a segment holds every kind of record, and a bit set of it all would be mostly empty.
      DocIdSetBuilder bits = new DocIdSetBuilder(docs.context.reader().maxDoc());
      DocIdSetBuilder.BulkAdder adder = bits.grow(count);
      for (int i = 0; i < count; i++) {
        adder.add(kept[i]);
      }
      sampled.add(new MatchingDocs(docs.context, bits.build(), count, null));
      total += count;
    }
    return new HitSample(sampled, hits, total);
  }

  @Override
  public List<MatchingDocs> getMatchingDocs() {
    return sampled;
  }

  /** How many records the sample holds. */
  long kept() {
    return kept;
  }

  /** A count over the sample scaled up to all the hits. */
  long scaled(long count) {
    return kept == 0 ? count : Math.round(count * (double) hits / kept);
  }

  /** SplitMix64's finalizer: every bit of the document number moves every bit of the hash. */
  private static long hash(long doc) {
    long z = doc + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
