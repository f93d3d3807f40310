package org.newsgraph.eval.ner;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Entity-level counts of one system, per CoNLL type: exact span and type, as conlleval counts them. */
public final class NerScore {

  /** The CoNLL types, in table order. */
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  private final Map<String, int[]> counts = new LinkedHashMap<>();

  public NerScore() {
    TYPES.forEach(t -> counts.put(t, new int[3]));
  }

  /** Adds one document's gold and predicted entities. */
  public void add(List<LabeledSpan> gold, List<LabeledSpan> predicted) {
    Set<LabeledSpan> goldSet = new HashSet<>(gold);
    Set<LabeledSpan> seen = new HashSet<>();
    for (LabeledSpan g : goldSet) {
      tally(g.type())[0]++;
    }
    for (LabeledSpan p : predicted) {
      if (seen.add(p)) {
        tally(p.type())[1]++;
        if (goldSet.contains(p)) {
          tally(p.type())[2]++;
        }
      }
    }
  }

  private int[] tally(String type) {
    int[] tally = counts.get(type);
    if (tally == null) {
      throw new IllegalArgumentException("not a CoNLL type: " + type);
    }
    return tally;
  }

  public int gold(String type) {
    return type == null ? sum(0) : counts.get(type)[0];
  }

  public int predicted(String type) {
    return type == null ? sum(1) : counts.get(type)[1];
  }

  public int correct(String type) {
    return type == null ? sum(2) : counts.get(type)[2];
  }

  private int sum(int column) {
    return counts.values().stream().mapToInt(c -> c[column]).sum();
  }

  /** Precision of a type (null: all types), in percent. */
  public double precision(String type) {
    return percent(correct(type), predicted(type));
  }

  public double recall(String type) {
    return percent(correct(type), gold(type));
  }

  public double f1(String type) {
    double p = precision(type);
    double r = recall(type);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
