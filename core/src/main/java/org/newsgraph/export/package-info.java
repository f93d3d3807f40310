/**
 * Exports of newsgraph analyses to the formats of other event data sets: GDELT 2.0 Events rows and PLOVER
 * event records.
 */
package org.newsgraph.export;
