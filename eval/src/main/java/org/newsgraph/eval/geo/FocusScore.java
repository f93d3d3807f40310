package org.newsgraph.eval.geo;

import java.util.List;
import org.newsgraph.model.Focus;

/**
 * The focus found for each article of one set, scored two ways: CLIFF's (an uncoded article counts as right; a
 * coded one is right when its country is among the focus countries) and strictly (coded articles only, right when
 * the main focus country is the coded one).
 */
public record FocusScore(String set, List<Result> results) {

  public FocusScore {
    results = List.copyOf(results);
  }

  /**
   * One article: its hand code (ISO alpha-3, empty when uncoded) and the focus found.
   *
   * @param error why the pipeline rejected the article, or null
   */
  public record Result(CodedArticle article, String codedIso3, Focus focus, String error) {

    public boolean rightCliff() {
      return article.uncoded() || focus.countries().contains(codedIso3);
    }

    public boolean rightStrict() {
      return !article.uncoded() && codedIso3.equals(focus.country());
    }
  }

  public long cliffRight() {
    return results.stream().filter(Result::rightCliff).count();
  }

  public long coded() {
    return results.stream().filter(r -> !r.article().uncoded()).count();
  }

  public long strictRight() {
    return results.stream().filter(Result::rightStrict).count();
  }
}
