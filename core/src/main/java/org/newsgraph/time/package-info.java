/**
 * Temporal expressions: SUTime's TIMEX3 output, normalized against the publication date and corrected by rules
 * for what it gets wrong on news. Word lists live beside the code in {@code org/newsgraph/time/*.txt}.
 */
package org.newsgraph.time;
