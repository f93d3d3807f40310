package org.newsgraph.store.query;

import java.util.Locale;

/** What a search counts as one hit: every stored article, or one per cluster of syndicated copies. */
public enum Distinct {
  /** Every copy is a hit of its own. */
  COPIES,
  /** A cluster of copies is one hit: its earliest copy among the hits. */
  CLUSTERS;

  /** The value of {@code --distinct}; fails naming the allowed values. */
  public static Distinct of(String label) {
    for (Distinct distinct : values()) {
      if (distinct.name().equalsIgnoreCase(label.strip())) {
        return distinct;
      }
    }
    throw new IllegalArgumentException("unknown --distinct '" + label + "' (copies, clusters)");
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
