package org.newsgraph.eval.event;

import java.util.List;

/**
 * One gold record of the PLOVER GSR file: the sentence, its event type mapped to PLOVER 2.0, and the country
 * codes (first three letters of each actor code) of its source and target actors.
 */
public record PloverRecord(String id, String text, String date, String label, String type,
    List<String> sourceCountries, List<String> targetCountries) {

  public PloverRecord {
    sourceCountries = List.copyOf(sourceCountries);
    targetCountries = List.copyOf(targetCountries);
  }
}
