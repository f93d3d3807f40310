package org.newsgraph.store;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Narrows an article query to one hit per cluster of syndicated copies: the earliest copy among its hits (earliest
 * by publication time, then id, as clusters name their earliest copy). The hits are walked once, as facets walk
 * them; the query that results keeps the original's scores, so relevance, sorting, cursors and facets work on it
 * unchanged.
 */
final class DistinctClusters {

  private final ClusterMap clusters;

  DistinctClusters(ClusterMap clusters) {
    this.clusters = clusters;
  }

  /** {@code query} narrowed to one hit per cluster, for this searcher's view of the store only. */
  Query of(IndexSearcher searcher, Query query) throws IOException {
    Chooser chooser = new Chooser(searcher);
    searcher.search(query, chooser);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    FixedBitSet[] chosen = new FixedBitSet[leaves.size()];
    for (Choice choice : chooser.best.values()) {
      FixedBitSet bits = chosen[choice.leaf];
      if (bits == null) {
        bits = new FixedBitSet(leaves.get(choice.leaf).reader().maxDoc());
        chosen[choice.leaf] = bits;
      }
      bits.set(choice.doc);
    }
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(new ChosenDocs(chosen), Occur.FILTER).build();
  }

  /** The copy that stands for a cluster so far. */
  private record Choice(int leaf, int doc, long rank, String id) {}

  /** Walks the hits, keeping the earliest copy of each cluster. */
  private final class Chooser extends SimpleCollector {
    final Map<String, Choice> best = new HashMap<>();
    private final IndexSearcher searcher;
    private int leaf;
    private SortedDocValues origins;
    private SortedDocValues ids;
    private NumericDocValues ranks;
    /** The cluster key of each origin ordinal of the current segment, looked up once. */
    private String[] keyOfOrd;

    Chooser(IndexSearcher searcher) {
      this.searcher = searcher;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      leaf = context.ord;
      origins = DocValues.getSorted(context.reader(), Fields.CLUSTER_ORIGIN);
      ids = DocValues.getSorted(context.reader(), Fields.KEY);
      ranks = DocValues.getNumeric(context.reader(), Fields.COPY_RANK);
      keyOfOrd = new String[Math.max(0, origins.getValueCount())];
    }

    @Override
    public void setScorer(Scorable scorer) {
      // scores are not needed to choose
    }

    @Override
    public void collect(int doc) throws IOException {
      String id = ids.advanceExact(doc) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : null;
      if (id == null) {
        return;
      }
      String key = id;
      if (origins.advanceExact(doc)) {
        int ord = origins.ordValue();
        if (keyOfOrd[ord] == null) {
          keyOfOrd[ord] = clusters.keyOf(searcher, origins.lookupOrd(ord).utf8ToString());
        }
        key = keyOfOrd[ord];
      }
      long rank = ranks.advanceExact(doc) ? ranks.longValue() : CopyRank.UNDATED;
      Choice current = best.get(key);
      if (current == null || CopyRank.before(rank, id, current.rank, current.id)) {
        best.put(key, new Choice(leaf, doc, rank, id));
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /** Matches the documents chosen, segment by segment, of the one reader they were chosen in. */
  private static final class ChosenDocs extends Query {
    private final FixedBitSet[] chosen;

    ChosenDocs(FixedBitSet[] chosen) {
      this.chosen = chosen;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
      return new ConstantScoreWeight(this, boost) {
        @Override
        public Scorer scorer(LeafReaderContext context) {
          FixedBitSet bits = context.ord < chosen.length ? chosen[context.ord] : null;
          if (bits == null) {
            return null;
          }
          return new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(bits, bits.cardinality()));
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
          return false;
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
      return "one copy per cluster";
    }

    @Override
    public boolean equals(Object other) {
      return other == this;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }
}
