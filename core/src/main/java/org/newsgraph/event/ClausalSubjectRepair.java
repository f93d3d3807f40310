package org.newsgraph.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import org.newsgraph.nlp.Token;

/**
 * Undoes one parser error before the coder walks a tree: a clause with its own subject taken as the clausal
 * subject of a later verb. In "Xi complained about tariffs and promised the embargo would provoke a response" the
 * parser makes "provoke" the root with "complained" as its {@code csubj}; but a clause with an overt subject and
 * no "that"/"what" cannot be a subject. The repair makes the clause the main one again and hangs the later verb,
 * with the object before it as its subject ("the embargo would provoke"), as the complement of the clause's last
 * conjoined verb ("promised").
 *
 * <p>It reads the parse and returns the tokens it moves, leaving the parse alone: the document's parse is shared
 * by every stage, and the repair is the event coder's reading only. Indices are sentence-local.
 */
final class ClausalSubjectRepair {

  private final List<Token> tokens;
  private final IntUnaryOperator parsedHead;
  private final IntFunction<String> parsedRelation;
  /** The moves so far, read back by the later checks as the in-place repair once did. */
  private final Map<Integer, Reattachment> moved = new HashMap<>();

  /**
   * @param parsedHead a token's head as parsed, sentence-local (-1 for a root)
   * @param parsedRelation a token's relation as parsed ("root" for a root)
   */
  ClausalSubjectRepair(List<Token> tokens, IntUnaryOperator parsedHead, IntFunction<String> parsedRelation) {
    this.tokens = tokens;
    this.parsedHead = parsedHead;
    this.parsedRelation = parsedRelation;
  }

  /** The tokens to hang elsewhere, by sentence-local index; empty when the parse needs no repair. */
  Map<Integer, Reattachment> repair() {
    for (int clause = 0; clause < tokens.size(); clause++) {
      if (relation(clause).equals("csubj") && head(clause) > clause) {
        repair(clause, head(clause));
      }
    }
    return Map.copyOf(moved);
  }

  private void repair(int clause, int verb) {
    // The later verb must carry a modal ("would provoke"): "Taliban ruled Afghanistan has been sharing…" is a
    // mis-tagged participle, not a reported clause.
    if (child(clause, "nsubj") < 0 || child(clause, "mark") >= 0 || !isVerb(clause) || !hasModal(verb)
        || startsWithWh(clause)) {
      return;
    }
    int reporting = clause;
    for (int t = 0; t < tokens.size(); t++) {
      if (head(t) == clause && relation(t).equals("conj") && isVerb(t) && t < verb) {
        reporting = t;
      }
    }
    int object = child(reporting, "obj");
    if (object < 0 || object > verb || child(verb, "nsubj") >= 0) {
      return;
    }
    move(object, verb, "nsubj");
    move(clause, head(verb), relation(verb));
    move(verb, reporting, "ccomp");
  }

  private void move(int token, int head, String relation) {
    moved.put(token, new Reattachment(head, relation));
  }

  private int head(int token) {
    Reattachment move = moved.get(token);
    return move == null ? parsedHead.applyAsInt(token) : move.head();
  }

  private String relation(int token) {
    Reattachment move = moved.get(token);
    return move == null ? parsedRelation.apply(token) : move.relation();
  }

  /** "What he said worried Japan": a clause opened by a wh-word is a real clausal subject. */
  private boolean startsWithWh(int clause) {
    int first = clause;
    for (int t = 0; t < tokens.size(); t++) {
      if (t < first && dominates(clause, t)) {
        first = t;
      }
    }
    String pos = tokens.get(first).pos();
    return pos != null && (pos.startsWith("W"));
  }

  private boolean dominates(int ancestor, int token) {
    for (int t = token, steps = 0; t >= 0 && steps < 64; t = head(t), steps++) {
      if (t == ancestor) {
        return true;
      }
    }
    return false;
  }

  private boolean hasModal(int verb) {
    for (int t = 0; t < tokens.size(); t++) {
      if (head(t) == verb && relation(t).equals("aux") && "MD".equals(tokens.get(t).pos())) {
        return true;
      }
    }
    return false;
  }

  private int child(int parent, String rel) {
    for (int t = 0; t < tokens.size(); t++) {
      if (head(t) == parent && relation(t).equals(rel)) {
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
