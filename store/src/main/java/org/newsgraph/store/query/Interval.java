package org.newsgraph.store.query;

/** The length of a timeline's buckets. */
public enum Interval {
  DAY(Facet.DAY), WEEK(Facet.WEEK), MONTH(Facet.MONTH);

  private final Facet facet;

  Interval(Facet facet) {
    this.facet = facet;
  }

  /** The facet that counts per bucket of this length. */
  public Facet facet() {
    return facet;
  }
}
