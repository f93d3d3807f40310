package org.newsgraph.store;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Tells whether a query scores its hits differently: one of filter clauses alone gives every hit the same score,
 * so that its relevance order is its key order. Anything not known to be a filter counts as scoring.
 */
final class ScoringClauses {

  private ScoringClauses() {}

  static boolean scores(Query query) {
    Finder finder = new Finder();
    query.visit(finder);
    return finder.scoring;
  }

  private static final class Finder extends QueryVisitor {
    boolean scoring;

    @Override
    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
      if (occur == Occur.FILTER || occur == Occur.MUST_NOT) {
        if (!(parent instanceof BooleanQuery)) {
          // A constant-score wrapper in a scoring place: a disjunction of them sums their scores.
          scoring = true;
        }
        return QueryVisitor.EMPTY_VISITOR;
      }
      return this;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      scoring = true;
    }

    @Override
    public void consumeTermsMatching(Query query, String field,
        java.util.function.Supplier<ByteRunAutomaton> automaton) {
      scoring = true;
    }

    @Override
    public void visitLeaf(Query query) {
      scoring = true;
    }
  }
}
