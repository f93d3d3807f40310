package org.newsgraph.model;

/** The words that mark an attribution ("said", "according to"). */
public record Cue(String text, int start, int end) implements Spanned {}
