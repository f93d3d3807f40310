package org.newsgraph.eval.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one extracted body matches the true one, the way the Zyte article-extraction benchmark counts it: both texts
 * are cut into word tokens ({@code \w+} as Python reads it: letters, digits and the underscore, case kept), then into
 * shingles of four consecutive tokens, counted as a multiset (a shingle said twice counts twice); true positives are
 * the shingles both share (the smaller count of each), false positives the extracted ones in excess, false negatives
 * the true ones missing. A text of one to three tokens is one short shingle; an empty text has none. The three counts
 * are divided by their sum, so that a long article weighs no more than a short one.
 *
 * @param tp share of shingles in both texts
 * @param fp share of extracted shingles not in the true text
 * @param fn share of true shingles not extracted
 */
public record ShingleMatch(double tp, double fp, double fn) {

  /** The benchmark's shingle size. */
  public static final int SHINGLE = 4;

  /**
   * Python's {@code \w} on text: alphanumeric code points and the underscore. Combining marks are not word characters
   * there (they are in Java's own Unicode {@code \w}), so the class is spelled out.
   */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

  /** Matches {@code extracted} against {@code truth}; a null text is an empty one. */
  public static ShingleMatch of(String truth, String extracted) {
    Map<List<String>, Integer> want = shingles(truth);
    Map<List<String>, Integer> got = shingles(extracted);
    Set<List<String>> keys = new HashSet<>(want.keySet());
    keys.addAll(got.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> key : keys) {
      int w = want.getOrDefault(key, 0);
      int g = got.getOrDefault(key, 0);
      tp += Math.min(w, g);
      fp += Math.max(0, g - w);
      fn += Math.max(0, w - g);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
  }

  /** The word tokens of {@code text}, in order. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text != null) {
      Matcher m = TOKEN.matcher(text);
      while (m.find()) {
        tokens.add(m.group());
      }
    }
    return tokens;
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Whether the extracted text has any shingle: pages with none are left out of the mean precision. */
  public boolean extractedAny() {
    return tp + fp > 0;
  }

  /** Whether the true text has any shingle: pages with none are left out of the mean recall. */
  public boolean truthAny() {
    return tp + fn > 0;
  }

  /** Share of the extracted shingles that are true; 1 when both texts are the same. */
  public double precision() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp + fp == 0 ? 0 : tp / (tp + fp);
  }

  /** Share of the true shingles extracted; 1 when both texts are the same. */
  public double recall() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp + fn == 0 ? 0 : tp / (tp + fn);
  }

  /** Whether both texts have the same tokens in the same order (the benchmark's "accuracy"). */
  public static boolean sameTokens(String truth, String extracted) {
    return tokens(truth).equals(tokens(extracted));
  }
}
