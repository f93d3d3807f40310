package org.newsgraph.dedup;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes {@link Signature}s: the text is lower-cased and cut into words (letters and digits), each run of
 * {@code shingleWords} words is hashed, and each of {@code hashes} hash functions keeps its minimum. Headline,
 * byline and clutter changes touch few shingles, so copies of one wire story keep most minima. Thread-safe.
 */
public final class MinHasher {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final int hashes;
  private final int shingleWords;
  private final long[] seeds;

  public MinHasher(int hashes, int shingleWords) {
    if (hashes < 1 || shingleWords < 1) {
      throw new IllegalArgumentException("hashes and shingleWords must be positive");
    }
    this.hashes = hashes;
    this.shingleWords = shingleWords;
    this.seeds = new long[hashes];
    long state = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < hashes; i++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(state);
    }
  }

  /** 128 hashes over 5-word shingles, the setting {@code eval syndication} measures. */
  public static MinHasher standard() {
    return new MinHasher(128, 5);
  }

  public Signature sign(String text) {
    long[] words = wordHashes(text);
    int[] minima = new int[hashes];
    java.util.Arrays.fill(minima, Integer.MAX_VALUE);
    if (words.length < shingleWords) {
      return new Signature(words.length == 0 ? minima : minimaOf(new long[] {shingle(words, 0, words.length)},
          minima), words.length == 0 ? 0 : 1);
    }
    long[] shingles = new long[words.length - shingleWords + 1];
    for (int i = 0; i < shingles.length; i++) {
      shingles[i] = shingle(words, i, shingleWords);
    }
    long[] distinct = java.util.Arrays.stream(shingles).distinct().toArray();
    return new Signature(minimaOf(distinct, minima), distinct.length);
  }

  private int[] minimaOf(long[] shingles, int[] minima) {
    for (long shingle : shingles) {
      for (int i = 0; i < hashes; i++) {
        int h = (int) (mix(shingle ^ seeds[i]) >>> 32);
        if (h < minima[i]) {
          minima[i] = h;
        }
      }
    }
    return minima;
  }

  private static long[] wordHashes(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher m = WORD.matcher(lower);
    java.util.ArrayList<Long> words = new java.util.ArrayList<>();
    while (m.find()) {
      long h = 0xcbf29ce484222325L;
      for (int i = m.start(); i < m.end(); i++) {
        h = (h ^ lower.charAt(i)) * 0x100000001b3L;
      }
      words.add(h);
    }
    return words.stream().mapToLong(Long::longValue).toArray();
  }

  private static long shingle(long[] words, int from, int count) {
    long h = count;
    for (int i = from; i < from + count; i++) {
      h = mix(h * 0x100000001b3L + words[i]);
    }
    return h;
  }

  /** SplitMix64's finalizer: a fast, well-spread 64-bit mix. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
