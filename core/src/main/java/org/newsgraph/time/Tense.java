package org.newsgraph.time;

/** The time a clause speaks of, relative to when the article was written. */
enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  UNKNOWN
}
