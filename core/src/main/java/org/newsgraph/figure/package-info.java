/**
 * Figures: sums of money, percentages and counts the article states, with unit, what they count and who says so.
 * Word lists live beside the code in {@code org/newsgraph/figure/*.txt}.
 */
package org.newsgraph.figure;
