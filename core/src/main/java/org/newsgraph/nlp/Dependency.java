package org.newsgraph.nlp;

/**
 * A typed dependency between two tokens (Universal Dependencies relation names).
 *
 * @param governor document token index of the head, or -1 for the root
 * @param dependent document token index of the dependent
 */
public record Dependency(int governor, String relation, int dependent) {

  public boolean isRoot() {
    return governor < 0;
  }
}
