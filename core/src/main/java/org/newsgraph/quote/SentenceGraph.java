package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** The dependency tree of one sentence, indexed for walking down and up; token indices are document indices. */
final class SentenceGraph {

  private final Annotated annotated;
  private final Sentence sentence;
  private final int[] governor;
  private final String[] relation;
  private final List<List<Integer>> children;

  SentenceGraph(Annotated annotated, Sentence sentence) {
    this.annotated = annotated;
    this.sentence = sentence;
    int size = sentence.endToken() - sentence.firstToken();
    governor = new int[size];
    relation = new String[size];
    Arrays.fill(governor, -1);
    Arrays.fill(relation, "");
    children = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      children.add(new ArrayList<>(2));
    }
    for (Dependency edge : sentence.dependencies()) {
      int local = edge.dependent() - sentence.firstToken();
      if (local < 0 || local >= size) {
        continue;
      }
      governor[local] = edge.governor();
      relation[local] = edge.relation();
      if (!edge.isRoot()) {
        children.get(edge.governor() - sentence.firstToken()).add(edge.dependent());
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  Token token(int index) {
    return annotated.tokens().get(index);
  }

  boolean has(int index) {
    return index >= sentence.firstToken() && index < sentence.endToken();
  }

  /** The head of a token, or -1 for the root. */
  int governor(int index) {
    return governor[index - sentence.firstToken()];
  }

  /** The relation to its head ("root" for the root). */
  String relation(int index) {
    return relation[index - sentence.firstToken()];
  }

  List<Integer> children(int index) {
    return children.get(index - sentence.firstToken());
  }

  /** The first child attached with a relation starting with {@code prefix} ("nsubj" also finds "nsubj:pass"). */
  int child(int index, String prefix) {
    for (int child : children(index)) {
      String rel = relation(child);
      if (rel.equals(prefix) || rel.startsWith(prefix + ":")) {
        return child;
      }
    }
    return -1;
  }

  /** Marks every token of the subtree under {@code head} in {@code into} (indexed from the sentence's first token). */
  void subtree(int head, boolean[] into) {
    into[head - sentence.firstToken()] = true;
    for (int child : children(head)) {
      if (!into[child - sentence.firstToken()]) {
        subtree(child, into);
      }
    }
  }

  boolean[] subtree(int head) {
    boolean[] marks = new boolean[sentence.endToken() - sentence.firstToken()];
    subtree(head, marks);
    return marks;
  }

  /** Whether {@code ancestor} dominates {@code index} (or is it). */
  boolean dominates(int ancestor, int index) {
    int current = index;
    for (int steps = 0; current >= 0 && steps <= governor.length; steps++) {
      if (current == ancestor) {
        return true;
      }
      current = governor(current);
    }
    return false;
  }
}
