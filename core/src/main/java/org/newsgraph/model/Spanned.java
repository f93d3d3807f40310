package org.newsgraph.model;

/** Anything that covers {@code text} at {@code [start, end)} of the article text. */
public interface Spanned {
  int start();

  int end();

  String text();
}
