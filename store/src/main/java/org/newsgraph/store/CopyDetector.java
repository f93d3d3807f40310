package org.newsgraph.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.dedup.CopyClusters;
import org.newsgraph.dedup.MinHasher;
import org.newsgraph.dedup.Signature;
import org.newsgraph.model.Article;
import org.newsgraph.store.query.Kind;

/**
 * Finds the syndicated copies of each article a writer stores, across the whole store: an article's MinHash band
 * keys are indexed with it, so a later article finds its candidates with one term query, whichever ingest run
 * stored them; articles written since the last commit are found in memory. A candidate is a copy when the core's
 * thresholds say so ({@link CopyClusters#copies}); the article then joins its cluster, merging clusters it bridges.
 *
 * <p>Signing is thread-safe; placing is serialized (a cluster depends on every article placed before).
 */
final class CopyDetector {

  /** Candidates read per round, best band overlap first. */
  private static final int CANDIDATES = 8;
  /** Rounds of candidates, each after excluding the clusters found so far (a text rarely bridges more). */
  private static final int ROUNDS = 4;

  /** An article's signature, band keys and publication rank, computed before it is placed. */
  record Signed(Signature signature, long[] bands, long rank) {
    boolean comparable() {
      return signature.shingles() > 0;
    }
  }

  /** An article written since the last commit, not yet in the searcher. */
  private record Pending(String id, Signature signature, String origin, long rank) {}

  private final MinHasher hasher = MinHasher.standard();
  private final CopyClusters rule = CopyClusters.standard();
  private final IndexWriter writer;
  private final Map<Long, List<Pending>> pendingByBand = new HashMap<>();
  private final Map<String, Pending> pendingById = new HashMap<>();
  /**
   * Records changed since the last commit, by key, and the key each of their origins now belongs to. They are
   * written once, just before the commit: a wire story copied a hundred times in one batch rewrites its record once.
   */
  private final Map<String, ClusterRecord> records = new HashMap<>();
  private final Map<String, String> recordKeyOf = new HashMap<>();
  /** Keys of records merged into others since the last commit, whose documents go. */
  private final Set<String> mergedAway = new HashSet<>();

  CopyDetector(IndexWriter writer) {
    this.writer = writer;
  }

  Signed sign(Article article) {
    Signature signature = hasher.sign(article.text());
    return new Signed(signature, signature.bandHashes(CopyClusters.BANDS), CopyRank.of(article));
  }

  /**
   * Places a new article in its cluster, writing the cluster's record, and returns the origin its document names.
   *
   * @param committed the searcher of the last commit
   */
  synchronized String place(String id, Signed signed, IndexSearcher committed) throws IOException {
    Map<String, ClusterRecord> joined = new LinkedHashMap<>();
    if (signed.comparable()) {
      Set<String> seen = new HashSet<>();
      seen.add(id);
      for (long band : signed.bands()) {
        for (Pending other : pendingByBand.getOrDefault(band, List.of())) {
          if (seen.add(other.id())) {
            consider(signed.signature(), other.id(), other.origin(), other.rank(), other.signature(), joined,
                committed);
          }
        }
      }
      for (int round = 0; round < ROUNDS; round++) {
        if (!committedRound(signed, committed, seen, joined)) {
          break;
        }
      }
    }
    String origin = join(id, signed.rank(), joined.values());
    Pending pending = new Pending(id, signed.signature(), origin, signed.rank());
    pendingById.put(id, pending);
    if (signed.comparable()) {
      for (long band : signed.bands()) {
        pendingByBand.computeIfAbsent(band, b -> new ArrayList<>(1)).add(pending);
      }
    }
    return origin;
  }

  /** The origin a stored article already names (to keep it when the article is replaced), or null. */
  synchronized String originOf(String id, IndexSearcher committed) throws IOException {
    Pending pending = pendingById.get(id);
    if (pending != null) {
      return pending.origin();
    }
    TopDocs top = committed.search(new TermQuery(new Term(Fields.KEY, id)), 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    return committed.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.CLUSTER_ORIGIN))
        .get(Fields.CLUSTER_ORIGIN);
  }

  /** Adds what finds the article's copies to its document. */
  static void addFields(Document article, Signed signed, String origin) {
    if (signed.comparable()) {
      for (long band : signed.bands()) {
        article.add(new StringField(Fields.COPY_BAND, bandTerm(band), Store.NO));
      }
      article.add(new BinaryDocValuesField(Fields.COPY_SIGNATURE, encode(signed.signature())));
    }
    article.add(new NumericDocValuesField(Fields.COPY_RANK, signed.rank()));
    article.add(new StringField(Fields.CLUSTER_ORIGIN, origin, Store.YES));
    article.add(new SortedDocValuesField(Fields.CLUSTER_ORIGIN, new BytesRef(origin)));
  }

  /** Writes the records changed since the last commit; called just before committing, with no article half put. */
  synchronized void writeRecords() throws IOException {
    for (String key : mergedAway) {
      writer.deleteDocuments(ClusterRecord.termOf(key));
    }
    for (ClusterRecord record : records.values()) {
      writer.updateDocument(record.term(), record.document());
    }
    mergedAway.clear();
  }

  /** Everything written is in the searcher now: what was kept in memory for it can go. */
  synchronized void committed() {
    pendingByBand.clear();
    pendingById.clear();
    records.clear();
    recordKeyOf.clear();
    mergedAway.clear();
  }

  /** One round of candidates from the committed store; returns whether it found a cluster not found before. */
  private boolean committedRound(Signed signed, IndexSearcher committed, Set<String> seen,
      Map<String, ClusterRecord> joined) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.KIND, Kind.ARTICLE.label())), Occur.FILTER);
    for (long band : signed.bands()) {
      // Each band shared scores one: the best candidates share the most bands, the likeliest copies.
      query.add(new ConstantScoreQuery(new TermQuery(new Term(Fields.COPY_BAND, bandTerm(band)))), Occur.SHOULD);
    }
    query.setMinimumNumberShouldMatch(1);
    for (ClusterRecord cluster : joined.values()) {
      for (String origin : cluster.origins()) {
        query.add(new TermQuery(new Term(Fields.CLUSTER_ORIGIN, origin)), Occur.MUST_NOT);
      }
    }
    TopDocs top = committed.search(query.build(), CANDIDATES);
    boolean found = false;
    List<LeafReaderContext> leaves = committed.getIndexReader().leaves();
    for (ScoreDoc hit : top.scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      int doc = hit.doc - leaf.docBase;
      String otherId = sorted(leaf.reader(), Fields.KEY, doc);
      if (otherId == null || !seen.add(otherId)) {
        continue;
      }
      Signature other = signature(leaf.reader(), doc);
      String origin = sorted(leaf.reader(), Fields.CLUSTER_ORIGIN, doc);
      if (other == null || origin == null) {
        continue;
      }
      found |= consider(signed.signature(), otherId, origin, rank(leaf.reader(), doc), other, joined, committed);
    }
    // With every candidate seen there is no other round to make.
    return found && top.totalHits.value > top.scoreDocs.length;
  }

  /** Adds the candidate's cluster to {@code joined} when the candidate is a copy; returns whether it was added. */
  private boolean consider(Signature signature, String otherId, String origin, long otherRank, Signature other,
      Map<String, ClusterRecord> joined, IndexSearcher committed) throws IOException {
    ClusterRecord cluster = clusterOf(origin, otherId, otherRank, committed);
    if (joined.containsKey(cluster.key()) || !rule.copies(signature, other)) {
      return false;
    }
    joined.put(cluster.key(), cluster);
    return true;
  }

  /** The cluster an origin belongs to now: written since the commit, committed, or the lone article itself. */
  private ClusterRecord clusterOf(String origin, String articleId, long rank, IndexSearcher committed)
      throws IOException {
    String key = recordKeyOf.get(origin);
    if (key != null) {
      return records.get(key);
    }
    TopDocs top = committed.search(new TermQuery(new Term(Fields.CLUSTER_ORIGINS, origin)), 1);
    if (top.scoreDocs.length > 0) {
      return ClusterRecord.of(committed.storedFields().document(top.scoreDocs[0].doc));
    }
    return ClusterRecord.alone(origin.equals(articleId) ? articleId : origin, rank);
  }

  /** Merges the joined clusters with the new article into one, keeps its record to write, returns its key. */
  private String join(String id, long rank, Collection<ClusterRecord> joined) {
    if (joined.isEmpty()) {
      return id;
    }
    // The largest keeps its key; the others' records are folded into it.
    ClusterRecord largest = joined.stream().max(java.util.Comparator.comparingInt(ClusterRecord::copies))
        .orElseThrow();
    ClusterRecord merged = largest;
    for (ClusterRecord other : joined) {
      if (other != largest) {
        merged = merged.merge(other);
        records.remove(other.key());
        mergedAway.add(other.key());
      }
    }
    merged = merged.plus(id, rank);
    mergedAway.remove(merged.key());
    records.put(merged.key(), merged);
    for (String origin : merged.origins()) {
      recordKeyOf.put(origin, merged.key());
    }
    return merged.key();
  }

  private static BytesRef bandTerm(long band) {
    return new BytesRef(ByteBuffer.allocate(Long.BYTES).putLong(band).array());
  }

  private static BytesRef encode(Signature signature) {
    int[] hashes = signature.minHashes();
    ByteBuffer bytes = ByteBuffer.allocate(Integer.BYTES * (hashes.length + 1));
    bytes.putInt(signature.shingles());
    for (int hash : hashes) {
      bytes.putInt(hash);
    }
    return new BytesRef(bytes.array());
  }

  private static Signature signature(LeafReader reader, int doc) throws IOException {
    BinaryDocValues values = DocValues.getBinary(reader, Fields.COPY_SIGNATURE);
    if (!values.advanceExact(doc)) {
      return null;
    }
    BytesRef bytes = values.binaryValue();
    ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
    int shingles = buffer.getInt();
    int[] hashes = new int[bytes.length / Integer.BYTES - 1];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = buffer.getInt();
    }
    return new Signature(hashes, shingles);
  }

  private static long rank(LeafReader reader, int doc) throws IOException {
    NumericDocValues values = DocValues.getNumeric(reader, Fields.COPY_RANK);
    return values.advanceExact(doc) ? values.longValue() : CopyRank.UNDATED;
  }

  private static String sorted(LeafReader reader, String field, int doc) throws IOException {
    SortedDocValues values = DocValues.getSorted(reader, field);
    return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
  }
}
