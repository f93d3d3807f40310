package org.newsgraph.eval.event;

import java.time.LocalDate;
import java.util.List;

/**
 * One {@code <Sentence>} of the PETRARCH unit-test suite with the configuration in force where it appears.
 *
 * @param category the suite's category, normalized to the eleven the issue names (AGENTS → AGENT)
 * @param requireDyad the {@code require_dyad} option at this point of the file
 */
public record PetrarchCase(String id, String category, LocalDate date, String text, List<ExpectedCoding> expected,
    boolean requireDyad) {

  public PetrarchCase {
    expected = List.copyOf(expected);
  }
}
