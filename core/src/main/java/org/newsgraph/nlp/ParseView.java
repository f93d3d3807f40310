package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The dependency parse of one sentence, indexed for walking up to governors and down to dependents. */
public final class ParseView {

  private final Annotated document;
  private final Map<Integer, Dependency> incoming = new HashMap<>();
  private final Map<Integer, List<Dependency>> outgoing = new HashMap<>();

  public ParseView(Annotated document, Sentence sentence) {
    this.document = document;
    for (Dependency dependency : sentence.dependencies()) {
      incoming.put(dependency.dependent(), dependency);
      if (!dependency.isRoot()) {
        outgoing.computeIfAbsent(dependency.governor(), k -> new ArrayList<>()).add(dependency);
      }
    }
  }

  public boolean isEmpty() {
    return incoming.isEmpty();
  }

  public Token token(int index) {
    return document.tokens().get(index);
  }

  /** The governor of a token, or -1 at the root or without a parse. */
  public int governor(int token) {
    Dependency dependency = incoming.get(token);
    return dependency == null ? -1 : dependency.governor();
  }

  public String relation(int token) {
    Dependency dependency = incoming.get(token);
    return dependency == null ? "" : dependency.relation();
  }

  /** Dependents of a token whose relation is one of {@code relations} (subtypes included). */
  public List<Token> dependents(int token, String... relations) {
    List<Token> found = new ArrayList<>();
    for (Dependency dependency : outgoing.getOrDefault(token, List.of())) {
      String base = dependency.relation().split(":")[0];
      for (String relation : relations) {
        if (dependency.relation().equals(relation) || base.equals(relation)) {
          found.add(token(dependency.dependent()));
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

  /** Whether {@code ancestor} is {@code token} or lies on its path to the root. */
  public boolean dominates(int ancestor, int token) {
    for (int node = token, steps = 0; node >= 0 && steps < 64; node = governor(node), steps++) {
      if (node == ancestor) {
        return true;
      }
    }
    return false;
  }
}
