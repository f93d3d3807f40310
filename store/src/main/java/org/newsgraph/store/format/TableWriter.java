package org.newsgraph.store.format;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Hit;
import org.newsgraph.store.query.Hits;

/** Aligned columns for a terminal; a cell longer than {@link #WIDTH} characters is cut with an ellipsis. */
final class TableWriter implements HitWriter {

  static final int WIDTH = 60;

  @Override
  public void write(Hits<?> hits, Function<Hit, Map<String, Object>> rows, PrintWriter out) {
    table(hits.hits().stream().map(rows).toList(), out);
    out.printf("%s%d hit(s)%s%n", hits.totalExact() ? "" : "at least ", hits.total(),
        hits.next() == null ? "" : "; next page: --after " + hits.next());
    if (!hits.facets().isEmpty()) {
      out.println();
      writeFacets(hits.facets(), out);
    }
  }

  @Override
  public void writeFacets(Map<Facet, List<FacetCount>> facets, PrintWriter out) {
    table(Rows.facetRows(facets), out);
  }

  private static void table(List<Map<String, Object>> rows, PrintWriter out) {
    if (rows.isEmpty()) {
      return;
    }
    List<String> columns = new ArrayList<>(rows.get(0).keySet());
    List<List<String>> cells = new ArrayList<>();
    cells.add(columns);
    for (Map<String, Object> row : rows) {
      cells.add(columns.stream().map(c -> cut(Rows.cell(row.get(c)))).toList());
    }
    int[] widths = new int[columns.size()];
    for (List<String> line : cells) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    for (List<String> line : cells) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        text.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", line.get(i)));
      }
      out.println(text.toString().stripTrailing());
    }
  }

  private static String cut(String cell) {
    String flat = cell.replace('\n', ' ').replace('\r', ' ');
    return flat.length() <= WIDTH ? flat : flat.substring(0, WIDTH - 1) + "…";
  }
}
