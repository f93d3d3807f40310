package org.newsgraph.eval.syndication;

import java.util.Set;

/**
 * One text of the syndication test set: the story it tells (its original's file name), its publication date, the
 * edits that made it from the original (none for the original itself), and its text.
 */
record Story(String id, String story, String date, Set<String> edits, String text) {}
