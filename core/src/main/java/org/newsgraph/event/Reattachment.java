package org.newsgraph.event;

/**
 * Where the clausal-subject repair hangs one token instead of where the parser put it.
 *
 * @param head sentence-local index of the new head, or -1 for a root
 * @param relation the new relation to that head
 */
record Reattachment(int head, String relation) {}
