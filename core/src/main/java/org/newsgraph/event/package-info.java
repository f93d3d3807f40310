/**
 * Event coding: readers for the TABARI/PETRARCH dictionary formats (verbs, actors, agents, discards) and a
 * dictionary-and-syntax coder over newsgraph's dependency annotation that yields CAMEO codings.
 */
package org.newsgraph.event;
