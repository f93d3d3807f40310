package org.newsgraph.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * One sentence's tokens and dependency tree, indexed from 0 within the sentence for the coder's walks: heads,
 * relations, children, subtrees, and the upper-case words dictionaries match against.
 *
 * <p>It keeps its own copy of the tree rather than reading {@link org.newsgraph.nlp.ParseView} because
 * {@link ClausalSubjectRepair} rewrites that copy before the coder walks it, and the repair must not leak into the
 * parse the other stages read.
 */
final class SentenceGraph {

  private final List<Token> tokens;
  private final List<String> words;
  private final int[] head;
  private final String[] relation;
  private final List<List<Integer>> children;

  SentenceGraph(Annotated annotated, Sentence sentence) {
    this.tokens = annotated.tokensOf(sentence);
    int n = tokens.size();
    this.head = new int[n];
    this.relation = new String[n];
    java.util.Arrays.fill(head, -1);
    java.util.Arrays.fill(relation, "root");
    this.children = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    int offset = sentence.firstToken();
    for (Dependency d : sentence.dependencies()) {
      int dependent = d.dependent() - offset;
      if (dependent < 0 || dependent >= n) {
        continue;
      }
      relation[dependent] = d.relation();
      if (!d.isRoot()) {
        head[dependent] = d.governor() - offset;
      }
    }
    new ClausalSubjectRepair(tokens, head, relation).repair();
    for (int i = 0; i < n; i++) {
      if (head[i] >= 0 && head[i] < n) {
        children.get(head[i]).add(i);
      }
    }
    List<String> upper = new ArrayList<>(n);
    for (Token t : tokens) {
      upper.add(Phrases.word(t.text()));
    }
    this.words = List.copyOf(upper);
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  List<String> words() {
    return words;
  }

  String word(int i) {
    return words.get(i);
  }

  String lemma(int i) {
    String lemma = tokens.get(i).lemma();
    return lemma == null ? null : Phrases.word(lemma);
  }

  String pos(int i) {
    return tokens.get(i).pos();
  }

  int head(int i) {
    return head[i];
  }

  String relation(int i) {
    return relation[i];
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /** The first child of {@code i} whose relation is one of {@code relations}, or -1. */
  int child(int i, Set<String> relations) {
    for (int c : children.get(i)) {
      if (relations.contains(relation[c])) {
        return c;
      }
    }
    return -1;
  }

  /** Whether a dictionary word names this token: PETRARCH compares complete word forms, not lemmas. */
  boolean matches(int i, String word) {
    return word.equals(words.get(i));
  }

  /** The subtree of {@code root}, leaving out the children of {@code root} whose relation is in {@code cut}. */
  BitSet clause(int root, Set<String> cut) {
    BitSet set = new BitSet(size());
    set.set(root);
    for (int c : children.get(root)) {
      if (!cut.contains(relation[c])) {
        set.or(subtree(c, Set.of()));
      }
    }
    return set;
  }

  /**
   * The subtree of {@code root}, not descending into children whose relation is in {@code cut}.
   */
  BitSet subtree(int root, Set<String> cut) {
    BitSet set = new BitSet(size());
    List<Integer> stack = new ArrayList<>();
    stack.add(root);
    while (!stack.isEmpty()) {
      int i = stack.remove(stack.size() - 1);
      set.set(i);
      for (int c : children.get(i)) {
        if (!cut.contains(relation[c]) && !set.get(c)) {
          stack.add(c);
        }
      }
    }
    return set;
  }

  boolean isVerb(int i) {
    String pos = pos(i);
    return pos != null && pos.startsWith("VB");
  }
}
