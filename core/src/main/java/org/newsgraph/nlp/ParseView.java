package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dependency tree of one sentence, indexed for walking up to governors and down to dependents; token indices
 * are document indices. Immutable, since one view per sentence is shared by every stage: reach it through
 * {@link Annotated#parse()}.
 */
public final class ParseView {

  private final Annotated annotated;
  private final Sentence sentence;
  private final int[] governor;
  private final String[] relation;
  private final List<List<Integer>> children;

  ParseView(Annotated annotated, Sentence sentence) {
    this.annotated = annotated;
    this.sentence = sentence;
    int size = sentence.endToken() - sentence.firstToken();
    governor = new int[size];
    relation = new String[size];
    Arrays.fill(governor, -1);
    Arrays.fill(relation, "");
    List<List<Integer>> building = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      building.add(new ArrayList<>(2));
    }
    for (Dependency edge : sentence.dependencies()) {
      int local = edge.dependent() - sentence.firstToken();
      if (local < 0 || local >= size) {
        continue;
      }
      governor[local] = edge.governor();
      relation[local] = edge.relation();
      if (!edge.isRoot()) {
        building.get(edge.governor() - sentence.firstToken()).add(edge.dependent());
      }
    }
    List<List<Integer>> frozen = new ArrayList<>(size);
    for (List<Integer> list : building) {
      // Text order whatever order the edges came in (CoreNLP's are already sorted by dependent): the event
      // coder's walks, which read these lists, depend on it.
      list.sort(null);
      frozen.add(List.copyOf(list));
    }
    children = List.copyOf(frozen);
  }

  public Sentence sentence() {
    return sentence;
  }

  /** Whether the sentence was parsed at all. */
  public boolean isEmpty() {
    return sentence.dependencies().isEmpty();
  }

  public Token token(int index) {
    return annotated.tokens().get(index);
  }

  /** Whether a token belongs to this sentence. */
  public boolean has(int index) {
    return index >= sentence.firstToken() && index < sentence.endToken();
  }

  /** The governor of a token, or -1 at the root, without a parse, or outside the sentence. */
  public int governor(int index) {
    return has(index) ? governor[index - sentence.firstToken()] : -1;
  }

  /** The relation to its governor ("root" for the root; empty without a parse or outside the sentence). */
  public String relation(int index) {
    return has(index) ? relation[index - sentence.firstToken()] : "";
  }

  /** The dependents of a token, in text order. */
  public List<Integer> children(int index) {
    return has(index) ? children.get(index - sentence.firstToken()) : List.of();
  }

  /** The first child attached with a relation starting with {@code prefix} ("nsubj" also finds "nsubj:pass"). */
  public int child(int index, String prefix) {
    for (int child : children(index)) {
      String rel = relation(child);
      if (rel.equals(prefix) || rel.startsWith(prefix + ":")) {
        return child;
      }
    }
    return -1;
  }

  /** Dependents of a token whose relation is one of {@code relations} (subtypes included). */
  public List<Token> dependents(int index, String... relations) {
    List<Token> found = new ArrayList<>();
    for (int child : children(index)) {
      String rel = relation(child);
      String base = rel.split(":")[0];
      for (String wanted : relations) {
        if (rel.equals(wanted) || base.equals(wanted)) {
          found.add(token(child));
          break;
        }
      }
    }
    return found;
  }

  /** The token of {@code [first, end)} whose governor lies outside the span: the span's head. */
  public int head(int first, int end) {
    for (int i = first; i < end; i++) {
      int governor = governor(i);
      if (governor < first || governor >= end) {
        return i;
      }
    }
    return end - 1;
  }

  /** Marks every token of the subtree under {@code head} in {@code into} (indexed from the sentence's first token). */
  public void subtree(int head, boolean[] into) {
    into[head - sentence.firstToken()] = true;
    for (int child : children(head)) {
      if (!into[child - sentence.firstToken()]) {
        subtree(child, into);
      }
    }
  }

  public boolean[] subtree(int head) {
    boolean[] marks = new boolean[sentence.endToken() - sentence.firstToken()];
    subtree(head, marks);
    return marks;
  }

  /** Whether {@code ancestor} is {@code index} or lies on its path to the root. */
  public boolean dominates(int ancestor, int index) {
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
