package org.newsgraph.spark;

import java.time.Duration;
import java.util.Map;

/**
 * What a run did: the rows written per table, in table order, and where the time went.
 *
 * @param analysis reading, spreading and analyzing the documents (one pipeline build per executor included)
 * @param writing writing the JSON Lines and the tables from the analyzed rows
 */
public record JobReport(Map<String, Long> rows, Duration analysis, Duration writing) {

  public JobReport {
    rows = Map.copyOf(rows);
  }

  /** Rows of one table ({@code json}, {@code articles}, ...), 0 when it got none. */
  public long rows(String table) {
    return rows.getOrDefault(table, 0L);
  }
}
