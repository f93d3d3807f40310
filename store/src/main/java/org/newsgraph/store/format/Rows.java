package org.newsgraph.store.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;

/** Hit rows and facet rows as the flat writers see them. */
final class Rows {

  private Rows() {}

  /** A value as one cell: lists joined with "; ", absent values empty. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> list) {
      return String.join("; ", list.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }

  /** One row per facet value; when some counts are estimates, every row says whether its count is one. */
  static List<Map<String, Object>> facetRows(Map<Facet, List<FacetCount>> facets) {
    boolean anyEstimate = facets.values().stream().flatMap(List::stream).anyMatch(FacetCount::estimated);
    List<Map<String, Object>> rows = new ArrayList<>();
    facets.forEach((facet, counts) -> counts.forEach(count -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("facet", facet.label());
      row.put("value", count.value());
      row.put("count", count.count());
      if (anyEstimate) {
        row.put("estimated", count.estimated());
      }
      rows.add(row);
    }));
    return rows;
  }
}
