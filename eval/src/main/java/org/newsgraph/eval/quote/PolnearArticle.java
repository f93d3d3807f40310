package org.newsgraph.eval.quote;

import java.util.List;

/** One PolNeAR article: its text and the gold annotator's attribution relations. */
public record PolnearArticle(String name, String text, List<Relation> relations) {

  public PolnearArticle {
    relations = List.copyOf(relations);
  }
}
