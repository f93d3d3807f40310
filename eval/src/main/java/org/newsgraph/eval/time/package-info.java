/** Scores newsgraph's temporal expressions against TempEval-3's TimeML gold data (task A: TIMEX3 extraction). */
package org.newsgraph.eval.time;
