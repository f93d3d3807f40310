package org.newsgraph.nlp;

/**
 * The one CoreNLP annotator the tests of a JVM share: loading models takes seconds, so each test class reuses it.
 */
public final class TestAnnotator {

  private static final class Holder {
    static final CoreNlpAnnotator INSTANCE = new CoreNlpAnnotator(CoreNlpConfig.defaults());
  }

  private TestAnnotator() {}

  public static CoreNlpAnnotator get() {
    return Holder.INSTANCE;
  }
}
