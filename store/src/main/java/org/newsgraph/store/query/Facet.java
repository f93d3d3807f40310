package org.newsgraph.store.query;

import java.util.Locale;

/** What hits can be counted by: their day, week or month, outlet, entity, speaker, event type or country. */
public enum Facet {
  DAY, WEEK, MONTH, OUTLET, ENTITY, SPEAKER, EVENT_TYPE, COUNTRY;

  /** The facet's name in {@code --facets} and in results. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The facet named {@code label} ({@code event_type} or {@code event-type}); fails naming the allowed ones. */
  public static Facet of(String label) {
    String wanted = label.strip().replace('-', '_');
    for (Facet facet : values()) {
      if (facet.label().equalsIgnoreCase(wanted)) {
        return facet;
      }
    }
    throw new IllegalArgumentException("unknown facet '" + label
        + "' (day, week, month, outlet, entity, speaker, event_type, country)");
  }
}
