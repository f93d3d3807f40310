package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a quotation reports what was said. */
public enum QuoteKind {
  DIRECT,
  PARTIAL,
  INDIRECT,
  MIXED;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
