package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the reporter frames a claim. */
public enum FramingKind {
  HEDGE,
  LOADED_CUE,
  VERDICT;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
