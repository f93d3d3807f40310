package org.newsgraph.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.DocumentParse;
import org.newsgraph.nlp.Token;

/** The parse of a whole document as the framing rules read it: heads and relations, and the spans of phrases. */
final class Parse {

  private static final Set<String> PHRASE_RELATIONS =
      Set.of("det", "amod", "compound", "nmod", "acl", "ccomp", "nummod", "flat", "appos", "advmod", "fixed");

  private final DocumentParse parse;

  Parse(Annotated annotated) {
    this.parse = annotated.parse();
  }

  int size() {
    return parse.size();
  }

  Token token(int index) {
    return parse.token(index);
  }

  /** The head of a token, or -1 for a root or an unparsed token. */
  int head(int index) {
    return parse.governor(index);
  }

  /** The relation of a token to its head ("amod", "advmod", "nmod:poss"…); empty when unparsed. */
  String relation(int index) {
    return parse.relation(index);
  }

  List<Integer> dependents(int index) {
    return parse.children(index);
  }

  /** The first dependent of {@code index} whose relation is {@code relation} or one of its subtypes, or -1. */
  int dependent(int index, String relation) {
    return parse.child(index, relation);
  }

  /** The character span of a token's subtree, without punctuation at its edges. */
  Segment subtree(int index) {
    return span(index, dependents(index));
  }

  /**
   * The character span of the noun phrase a noun heads: the noun with the subtrees of its phrase-internal
   * dependents (determiners, modifiers, possessors, complements, relative clauses), not its preposition or the
   * clauses a parse may hang on it.
   */
  Segment phrase(int noun) {
    List<Integer> roots = new ArrayList<>();
    for (int child : dependents(noun)) {
      String base = relation(child).split(":")[0];
      if (PHRASE_RELATIONS.contains(base)) {
        roots.add(child);
      }
    }
    Segment span = span(noun, roots);
    // A comma after the noun ends the phrase: what a parse attaches past it is seldom part of the claim.
    for (int i = noun + 1; i < size() && token(i).start() < span.end(); i++) {
      if (token(i).text().equals(",")) {
        return new Segment(span.start(), token(i - 1).end());
      }
    }
    return span;
  }

  /** The span of a token and the whole subtrees of the given dependents of it. */
  private Segment span(int index, List<Integer> children) {
    boolean[] in = new boolean[size()];
    in[index] = true;
    List<Integer> stack = new ArrayList<>(children);
    while (!stack.isEmpty()) {
      int next = stack.remove(stack.size() - 1);
      if (!in[next]) {
        in[next] = true;
        stack.addAll(dependents(next));
      }
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < in.length; i++) {
      if (in[i] && !isPunctuation(token(i))) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return new Segment(token(index).start(), token(index).end());
    }
    return new Segment(token(first).start(), token(last).end());
  }

  static boolean isPunctuation(Token token) {
    return token.text().chars().noneMatch(Character::isLetterOrDigit);
  }
}
