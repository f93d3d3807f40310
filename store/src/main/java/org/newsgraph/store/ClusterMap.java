package org.newsgraph.store;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * The store's clusters of copies as of one commit, by the origins their articles name: read once per index version
 * (one record per cluster of two copies or more) and kept until a newer commit is seen. Thread-safe.
 */
final class ClusterMap {

  private volatile State state;

  /** The cluster an article belongs to; a lone article (or one stored before clusters were kept) is its own. */
  ClusterRecord of(IndexSearcher searcher, String articleId, String origin) throws IOException {
    ClusterRecord cluster = origin == null ? null : byOrigin(searcher.getIndexReader()).get(origin);
    return cluster != null ? cluster : ClusterRecord.alone(articleId, CopyRank.UNDATED);
  }

  /** The key of the cluster of an origin; a lone article's is the origin itself. */
  String keyOf(IndexSearcher searcher, String origin) throws IOException {
    ClusterRecord cluster = byOrigin(searcher.getIndexReader()).get(origin);
    return cluster != null ? cluster.key() : origin;
  }

  private Map<String, ClusterRecord> byOrigin(IndexReader reader) throws IOException {
    State current = state;
    if (current != null && current.reader == reader) {
      return current.byOrigin;
    }
    synchronized (this) {
      current = state;
      if (current == null || current.reader != reader) {
        current = new State(reader, read(reader));
        state = current;
      }
      return current.byOrigin;
    }
  }

  private static Map<String, ClusterRecord> read(IndexReader reader) throws IOException {
    Map<String, ClusterRecord> byOrigin = new HashMap<>();
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    Weight weight = searcher.createWeight(searcher.rewrite(new TermQuery(new Term(Fields.KIND, ClusterRecord.KIND))),
        ScoreMode.COMPLETE_NO_SCORES, 1);
    StoredFields stored = reader.storedFields();
    for (var leaf : reader.leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      var live = leaf.reader().getLiveDocs();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          ClusterRecord cluster = ClusterRecord.of(stored.document(leaf.docBase + doc));
          cluster.origins().forEach(origin -> byOrigin.put(origin, cluster));
        }
      }
    }
    return byOrigin;
  }

  private record State(IndexReader reader, Map<String, ClusterRecord> byOrigin) {}
}
