package org.newsgraph.event;

import java.util.List;
import org.newsgraph.nlp.Token;

/**
 * Undoes one parser error before the coder walks a tree: a clause with its own subject taken as the clausal
 * subject of a later verb. In "Xi complained about tariffs and promised the embargo would provoke a response" the
 * parser makes "provoke" the root with "complained" as its {@code csubj}; but a clause with an overt subject and
 * no "that"/"what" cannot be a subject. The repair makes the clause the main one again and hangs the later verb,
 * with the object before it as its subject ("the embargo would provoke"), as the complement of the clause's last
 * conjoined verb ("promised"). Works on the head and relation arrays of one sentence, in place.
 */
final class ClausalSubjectRepair {

  private final List<Token> tokens;
  private final int[] head;
  private final String[] relation;

  ClausalSubjectRepair(List<Token> tokens, int[] head, String[] relation) {
    this.tokens = tokens;
    this.head = head;
    this.relation = relation;
  }

  void repair() {
    for (int clause = 0; clause < head.length; clause++) {
      if (relation[clause].equals("csubj") && head[clause] > clause) {
        repair(clause, head[clause]);
      }
    }
  }

  private void repair(int clause, int verb) {
    // The later verb must carry a modal ("would provoke"): "Taliban ruled Afghanistan has been sharing…" is a
    // mis-tagged participle, not a reported clause.
    if (child(clause, "nsubj") < 0 || child(clause, "mark") >= 0 || !isVerb(clause) || !hasModal(verb)
        || startsWithWh(clause)) {
      return;
    }
    int reporting = clause;
    for (int t = 0; t < head.length; t++) {
      if (head[t] == clause && relation[t].equals("conj") && isVerb(t) && t < verb) {
        reporting = t;
      }
    }
    int object = child(reporting, "obj");
    if (object < 0 || object > verb || child(verb, "nsubj") >= 0) {
      return;
    }
    head[object] = verb;
    relation[object] = "nsubj";
    head[clause] = head[verb];
    relation[clause] = relation[verb];
    head[verb] = reporting;
    relation[verb] = "ccomp";
  }

  /** "What he said worried Japan": a clause opened by a wh-word is a real clausal subject. */
  private boolean startsWithWh(int clause) {
    int first = clause;
    for (int t = 0; t < head.length; t++) {
      if (t < first && dominates(clause, t)) {
        first = t;
      }
    }
    String pos = tokens.get(first).pos();
    return pos != null && (pos.startsWith("W"));
  }

  private boolean dominates(int ancestor, int token) {
    for (int t = token, steps = 0; t >= 0 && steps < 64; t = head[t], steps++) {
      if (t == ancestor) {
        return true;
      }
    }
    return false;
  }

  private boolean hasModal(int verb) {
    for (int t = 0; t < head.length; t++) {
      if (head[t] == verb && relation[t].equals("aux") && "MD".equals(tokens.get(t).pos())) {
        return true;
      }
    }
    return false;
  }

  private int child(int parent, String rel) {
    for (int t = 0; t < head.length; t++) {
      if (head[t] == parent && relation[t].equals(rel)) {
        return t;
      }
    }
    return -1;
  }

  private boolean isVerb(int t) {
    String pos = tokens.get(t).pos();
    return pos != null && pos.startsWith("VB");
  }
}
