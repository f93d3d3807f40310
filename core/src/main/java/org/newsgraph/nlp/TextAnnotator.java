package org.newsgraph.nlp;

import java.time.LocalDate;

/** Annotates a text; implementations are thread-safe and built once per JVM. */
public interface TextAnnotator {

  /**
   * Annotates {@code text}.
   *
   * @param anchor the date relative time expressions are resolved against (the article's publication date), or
   *     null to leave them unresolved
   */
  Annotated annotate(String text, LocalDate anchor);
}
