package org.newsgraph.nlp;

/**
 * A span the named-entity recognizer labelled: a name (PERSON, ORGANIZATION, LOCATION, MISC), a number (MONEY,
 * NUMBER, PERCENT, ORDINAL) or a time (DATE, TIME, DURATION, SET), with tokens {@code [firstToken, endToken)}.
 *
 * @param normalized normalized value for numbers and times; null for names
 */
public record NamedSpan(int start, int end, String text, String type, int firstToken, int endToken,
    String normalized) {}
