package org.newsgraph.eval.ner;

/**
 * An entity over tokens {@code [first, end)} of a CoNLL document, with its CoNLL type (PER, ORG, LOC, MISC).
 */
public record LabeledSpan(int first, int end, String type) {}
