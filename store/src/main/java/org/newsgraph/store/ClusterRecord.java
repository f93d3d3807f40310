package org.newsgraph.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * A cluster of syndicated copies as the store keeps it: one record per cluster of two copies or more (a lone article
 * is its own cluster and has none). Article documents never change once written: each names the {@code origin} it
 * joined, and the record lists every origin merged into its cluster, so that an earlier copy arriving later, or an
 * article bridging two clusters, rewrites one record instead of every copy.
 *
 * @param key the record's own name: its first origin
 * @param origins the origins its copies name
 * @param earliest the id of the earliest copy, which names the cluster
 * @param earliestRank the earliest copy's publication time ({@link CopyRank})
 * @param copies how many articles the cluster holds
 */
record ClusterRecord(String key, List<String> origins, String earliest, long earliestRank, int copies) {

  /** The {@code kind} of record documents; not a kind a search can ask for. */
  static final String KIND = "cluster";

  ClusterRecord {
    origins = List.copyOf(origins);
  }

  /** The cluster of an article no copy has joined yet. */
  static ClusterRecord alone(String articleId, long rank) {
    return new ClusterRecord(articleId, List.of(articleId), articleId, rank, 1);
  }

  /** This cluster with one more copy. */
  ClusterRecord plus(String articleId, long rank) {
    boolean earlier = CopyRank.before(rank, articleId, earliestRank, earliest);
    return new ClusterRecord(key, origins, earlier ? articleId : earliest, earlier ? rank : earliestRank,
        copies + 1);
  }

  /** One cluster of this one's and {@code other}'s copies, under this one's key. */
  ClusterRecord merge(ClusterRecord other) {
    Set<String> all = new LinkedHashSet<>(origins);
    all.addAll(other.origins);
    boolean earlier = CopyRank.before(other.earliestRank, other.earliest, earliestRank, earliest);
    return new ClusterRecord(key, new ArrayList<>(all), earlier ? other.earliest : earliest,
        earlier ? other.earliestRank : earliestRank, copies + other.copies);
  }

  /** The term that finds this record's document. */
  Term term() {
    return termOf(key);
  }

  static Term termOf(String key) {
    return new Term(Fields.KEY, "cluster/" + key);
  }

  Document document() {
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, KIND, Store.NO));
    doc.add(new StringField(Fields.KEY, term().text(), Store.YES));
    // Every document's key has the same schema (Lucene wants one per field): indexed, stored and sortable.
    doc.add(new SortedDocValuesField(Fields.KEY, new BytesRef(term().text())));
    doc.add(new StoredField(Fields.CLUSTER_KEY, key));
    for (String origin : origins) {
      doc.add(new StringField(Fields.CLUSTER_ORIGINS, origin, Store.YES));
    }
    doc.add(new StoredField(Fields.EARLIEST, earliest));
    doc.add(new StoredField(Fields.EARLIEST_RANK, earliestRank));
    doc.add(new StoredField(Fields.COPIES, copies));
    return doc;
  }

  static ClusterRecord of(Document stored) {
    IndexableField rank = stored.getField(Fields.EARLIEST_RANK);
    IndexableField copies = stored.getField(Fields.COPIES);
    return new ClusterRecord(stored.get(Fields.CLUSTER_KEY), List.of(stored.getValues(Fields.CLUSTER_ORIGINS)),
        stored.get(Fields.EARLIEST), rank.numericValue().longValue(), copies.numericValue().intValue());
  }
}
