package org.newsgraph.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** The dependency parse of one sentence, indexed for walking up to governors and down to dependents. */
final class ParseView {

  private final Annotated document;
  private final Map<Integer, Dependency> incoming = new HashMap<>();
  private final Map<Integer, List<Dependency>> outgoing = new HashMap<>();

  ParseView(Annotated document, Sentence sentence) {
    this.document = document;
    for (Dependency dependency : sentence.dependencies()) {
      incoming.put(dependency.dependent(), dependency);
      if (!dependency.isRoot()) {
        outgoing.computeIfAbsent(dependency.governor(), k -> new ArrayList<>()).add(dependency);
      }
    }
  }

  boolean isEmpty() {
    return incoming.isEmpty();
  }

  Token token(int index) {
    return document.tokens().get(index);
  }

  /** The governor of a token, or -1 at the root or without a parse. */
  int governor(int token) {
    Dependency dependency = incoming.get(token);
    return dependency == null ? -1 : dependency.governor();
  }

  String relation(int token) {
    Dependency dependency = incoming.get(token);
    return dependency == null ? "" : dependency.relation();
  }

  /** Dependents of a token whose relation is one of {@code relations} (subtypes included). */
  List<Token> dependents(int token, String... relations) {
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
  int head(int first, int end) {
    for (int i = first; i < end; i++) {
      int governor = governor(i);
      if (governor < first || governor >= end) {
        return i;
      }
    }
    return end - 1;
  }
}
