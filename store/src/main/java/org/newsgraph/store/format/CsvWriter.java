package org.newsgraph.store.format;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Hit;
import org.newsgraph.store.query.Hits;

/** CSV with a header row; a cell with a comma, quote or line break is quoted, quotes doubled (RFC 4180). */
final class CsvWriter implements HitWriter {

  @Override
  public void write(Hits<?> hits, Function<Hit, Map<String, Object>> rows, PrintWriter out) {
    rows(hits.hits().stream().map(rows).toList(), out);
  }

  @Override
  public void writeFacets(Map<Facet, List<FacetCount>> facets, PrintWriter out) {
    rows(Rows.facetRows(facets), out);
  }

  private static void rows(List<Map<String, Object>> rows, PrintWriter out) {
    if (rows.isEmpty()) {
      return;
    }
    out.print(rows.get(0).keySet().stream().map(CsvWriter::quoted).collect(Collectors.joining(",")) + "\r\n");
    for (Map<String, Object> row : rows) {
      out.print(row.values().stream().map(v -> quoted(Rows.cell(v))).collect(Collectors.joining(",")) + "\r\n");
    }
  }

  static String quoted(String cell) {
    boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0;
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
