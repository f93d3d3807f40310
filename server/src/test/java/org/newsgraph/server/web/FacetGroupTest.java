package org.newsgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.query.FacetCount;

class FacetGroupTest {

  private final Pages pages = new Pages();

  @Test
  void anEstimatedCountIsWrittenAsAnEstimateAndAnExactOneAsItIs() {
    FacetGroup entities = FacetGroup.of("Entities", "entity", List.of(new FacetCount("Port Halden", 4120, true)),
        "/search", Map.of());
    FacetGroup outlets = FacetGroup.of("Outlets", "outlet", List.of(new FacetCount("Harbor Ledger", 310)),
        "/search", Map.of());

    String html = pages.render("facetlist", Map.of("facets", List.of(entities, outlets)));

    String entityList = html.substring(html.indexOf("facet-entity"), html.indexOf("facet-outlet"));
    assertThat(entityList).contains("≈</span>4120");
    assertThat(html.substring(html.indexOf("facet-outlet"))).contains("<span class=\"n\">310</span>")
        .doesNotContain("≈");
  }
}
