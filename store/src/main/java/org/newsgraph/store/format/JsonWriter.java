package org.newsgraph.store.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Hit;
import org.newsgraph.store.query.Hits;

/** JSON Lines (a hit per line) or one JSON object for the page. */
final class JsonWriter implements HitWriter {

  private final ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  private final boolean lines;

  JsonWriter(boolean lines) {
    this.lines = lines;
  }

  @Override
  public void write(Hits<?> hits, Function<Hit, Map<String, Object>> rows, PrintWriter out) {
    if (lines) {
      hits.hits().forEach(hit -> out.println(json(rows.apply(hit))));
      return;
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("total", hits.total());
    page.put("total_relation", hits.totalRelation());
    page.put("hits", hits.hits().stream().map(rows).toList());
    page.put("next", hits.next());
    if (!hits.facets().isEmpty()) {
      page.put("facets", facetObject(hits.facets()));
    }
    out.println(json(page));
  }

  @Override
  public void writeFacets(Map<Facet, List<FacetCount>> facets, PrintWriter out) {
    if (lines) {
      Rows.facetRows(facets).forEach(row -> out.println(json(row)));
    } else {
      out.println(json(facetObject(facets)));
    }
  }

  private static Map<String, Object> facetObject(Map<Facet, List<FacetCount>> facets) {
    Map<String, Object> object = new LinkedHashMap<>();
    facets.forEach((facet, counts) -> object.put(facet.label(), counts));
    return object;
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a hit as JSON", e);
    }
  }
}
