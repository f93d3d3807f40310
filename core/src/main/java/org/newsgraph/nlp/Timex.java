package org.newsgraph.nlp;

/**
 * A temporal expression as the annotator normalized it (TIMEX3 type and value), tokens {@code [firstToken,
 * endToken)}.
 */
public record Timex(int start, int end, String text, String type, String value, int firstToken, int endToken) {}
