package org.newsgraph.kb;

/** The knowledge base loaded once for all tests of a JVM. */
public final class SharedKnowledgeBase {

  private static final KnowledgeBase KB = KnowledgeBase.load();

  private SharedKnowledgeBase() {}

  public static KnowledgeBase get() {
    return KB;
  }
}
