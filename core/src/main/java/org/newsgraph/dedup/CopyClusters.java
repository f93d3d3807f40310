package org.newsgraph.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups syndicated copies as they are added: a text joins the cluster of any earlier text it shares an LSH band with
 * and resembles closely enough (estimated Jaccard or containment over the thresholds). Add texts in publication order
 * and each cluster is named by its earliest copy. Not thread-safe: one writer.
 */
public final class CopyClusters {

  /** The cluster a text is in: the earliest copy's id and how many copies it has so far. */
  public record Cluster(String id, String earliest, int copies) {}

  /** The settings {@code eval syndication} measures: 64 bands of 2 rows, Jaccard 0.5 or containment 0.7. */
  public static final int BANDS = 64;
  public static final double MIN_JACCARD = 0.5;
  public static final double MIN_CONTAINMENT = 0.7;

  private final int bands;
  private final double minJaccard;
  private final double minContainment;
  private final List<String> ids = new ArrayList<>();
  private final List<Signature> signatures = new ArrayList<>();
  private final List<Integer> parents = new ArrayList<>();
  private final List<Integer> sizes = new ArrayList<>();
  private final Map<Long, int[]> buckets = new HashMap<>();

  public CopyClusters(int bands, double minJaccard, double minContainment) {
    this.bands = bands;
    this.minJaccard = minJaccard;
    this.minContainment = minContainment;
  }

  public static CopyClusters standard() {
    return new CopyClusters(BANDS, MIN_JACCARD, MIN_CONTAINMENT);
  }

  /** Whether two signatures are copies of one text by these thresholds. */
  public boolean copies(Signature a, Signature b) {
    return a.jaccard(b) >= minJaccard || a.containment(b) >= minContainment;
  }

  /** Adds a text and returns the cluster it is in. */
  public Cluster add(String id, Signature signature) {
    int index = ids.size();
    ids.add(id);
    signatures.add(signature);
    parents.add(index);
    sizes.add(1);
    long[] keys = signature.bandHashes(bands);
    java.util.Set<Integer> checked = new java.util.HashSet<>();
    for (int band = 0; band < bands; band++) {
      long key = keys[band];
      int[] members = buckets.get(key);
      if (members != null) {
        for (int other : members) {
          if (checked.add(other) && root(other) != root(index) && copies(signature, signatures.get(other))) {
            union(other, index);
          }
        }
      }
      buckets.put(key, append(members, index));
    }
    return cluster(index);
  }

  /** The cluster of the {@code index}-th text added. */
  public Cluster cluster(int index) {
    int root = root(index);
    return new Cluster(ids.get(index), ids.get(root), sizes.get(root));
  }

  public int size() {
    return ids.size();
  }

  /** The index of the earliest text in the cluster of the {@code index}-th. */
  public int root(int index) {
    int i = index;
    while (parents.get(i) != i) {
      parents.set(i, parents.get(parents.get(i)));
      i = parents.get(i);
    }
    return i;
  }

  private void union(int a, int b) {
    int ra = root(a);
    int rb = root(b);
    if (ra == rb) {
      return;
    }
    // The earlier text (smaller index) names the cluster.
    int keep = Math.min(ra, rb);
    int gone = Math.max(ra, rb);
    parents.set(gone, keep);
    sizes.set(keep, sizes.get(keep) + sizes.get(gone));
  }

  private static int[] append(int[] members, int index) {
    if (members == null) {
      return new int[] {index};
    }
    int[] grown = java.util.Arrays.copyOf(members, members.length + 1);
    grown[members.length] = index;
    return grown;
  }
}
