package org.newsgraph.dedup;

import java.util.Arrays;
import java.util.List;

/**
 * A text's near-duplicate signature: MinHash values over its word shingles, with the shingle count, and the LSH band
 * keys under which it is filed (as terms a search index can hold).
 *
 * @param minHashes one minimum per hash function
 * @param shingles how many distinct shingles the text has (for containment estimates)
 */
public record Signature(int[] minHashes, int shingles) {

  public Signature {
    minHashes = minHashes.clone();
  }

  /** The estimated Jaccard similarity of the two texts' shingle sets: the share of equal MinHash values. */
  public double jaccard(Signature other) {
    if (other.minHashes.length != minHashes.length) {
      throw new IllegalArgumentException("signatures of different lengths: " + minHashes.length + " and "
          + other.minHashes.length);
    }
    if (shingles == 0 || other.shingles == 0) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < minHashes.length; i++) {
      if (minHashes[i] == other.minHashes[i]) {
        same++;
      }
    }
    return (double) same / minHashes.length;
  }

  /**
   * The estimated share of the shorter text's shingles found in the longer one: a trimmed copy is contained in its
   * original even when their Jaccard similarity is low.
   */
  public double containment(Signature other) {
    double j = jaccard(other);
    int smaller = Math.min(shingles, other.shingles);
    if (smaller == 0) {
      return 0;
    }
    double common = j / (1 + j) * (shingles + other.shingles);
    return Math.min(1, common / smaller);
  }

  /** The band keys as terms, {@code b<band>-<hex>}: two texts that share one are candidates. */
  public List<String> bandKeys(int bands) {
    long[] hashes = bandHashes(bands);
    String[] keys = new String[bands];
    for (int band = 0; band < bands; band++) {
      keys[band] = "b" + band + "-" + Long.toHexString(hashes[band]);
    }
    return List.of(keys);
  }

  /** One hash per band of {@code minHashes.length / bands} rows; the band's number is mixed in. */
  public long[] bandHashes(int bands) {
    if (bands < 1 || minHashes.length % bands != 0) {
      throw new IllegalArgumentException("bands: " + bands + " does not divide " + minHashes.length);
    }
    int rows = minHashes.length / bands;
    long[] hashes = new long[bands];
    for (int band = 0; band < bands; band++) {
      long hash = band + 1;
      for (int row = 0; row < rows; row++) {
        hash = MinHasher.mix(hash * 31 + minHashes[band * rows + row]);
      }
      hashes[band] = hash;
    }
    return hashes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s && s.shingles == shingles && Arrays.equals(s.minHashes, minHashes);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(minHashes) + shingles;
  }

  @Override
  public String toString() {
    return "Signature[" + minHashes.length + " hashes, " + shingles + " shingles]";
  }
}
