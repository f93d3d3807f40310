package org.newsgraph.model;

/** One place where an entity is named or referred to. */
public record Mention(int start, int end, String text) implements Spanned {}
