package org.newsgraph.event;

/**
 * One meaningful line of a dictionary file, comments removed.
 *
 * @param number 1-based line number in the file
 * @param text the line without comments, trimmed
 * @param indented whether the raw line began with whitespace (actor date restrictions are indented)
 */
public record DictionaryLine(int number, String text, boolean indented) {}
