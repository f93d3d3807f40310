package org.newsgraph.nlp;

import java.util.List;

/**
 * A sentence: its character range, its tokens {@code [firstToken, endToken)} and its dependency parse (empty when
 * parsing is off).
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, List<Dependency> dependencies) {

  public Sentence {
    dependencies = List.copyOf(dependencies);
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
