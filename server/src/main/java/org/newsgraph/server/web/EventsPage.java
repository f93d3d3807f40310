package org.newsgraph.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.model.Analysis;
import org.newsgraph.server.CachedStore;
import org.newsgraph.server.api.EventPlaces;
import org.newsgraph.server.api.SearchParams;
import org.newsgraph.server.map.WorldMap;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.DateRange;
import org.newsgraph.store.query.EventHit;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Hits;
import org.newsgraph.store.query.Kind;
import org.newsgraph.store.query.StoreQuery;

/** {@code /events}: who did what to whom, filtered by type, actor, recipient and country, on a timeline and a map. */
public final class EventsPage {

  private static final int MAP_COUNTRIES = 300;

  private final Pages pages;
  private final CachedStore store;
  private final EventPlaces places;
  private final WorldMap map;

  public EventsPage(Pages pages, CachedStore store, EventPlaces places, WorldMap map) {
    this.pages = pages;
    this.store = store;
    this.places = places;
    this.map = map;
  }

  /** An event and the link to its words. */
  public record Row(EventHit hit, String link) {}

  public void show(Context ctx) throws IOException {
    @SuppressWarnings("unchecked")
    StoreQuery<EventHit> query = (StoreQuery<EventHit>) SearchParams.query(Kind.EVENT, ctx);
    Map<String, List<String>> current = ctx.queryParamMap();
    Hits<EventHit> hits = store.search(query, SearchParams.page(ctx), Set.of());
    // The facet lists, the map's countries and the timeline's counts in one pass over the hits.
    Set<Facet> facetsWanted = EnumSet.of(Facet.EVENT_TYPE, Facet.COUNTRY);
    facetsWanted.addAll(Charts.FACETS);
    Map<Facet, List<FacetCount>> counts = store.facets(query, facetsWanted, MAP_COUNTRIES);
    StoredAnalyses analyses = new StoredAnalyses(store);
    List<Row> rows = new ArrayList<>();
    List<MapView.Dot> dots = new ArrayList<>();
    for (EventHit hit : hits.hits()) {
      Optional<Analysis> analysis = analyses.of(hit.article());
      int index = analysis.map(a -> indexOf(a, hit.id())).orElse(-1);
      rows.add(new Row(hit, Links.article(hit.article()) + (index < 0 ? "" : "#v-" + index)));
      places.of(hit).ifPresent(at -> dots.add(MapView.dot(at.lat(), at.lon(), at.name())));
    }
    Map<String, Long> byCountry = counts.getOrDefault(Facet.COUNTRY, List.of()).stream()
        .collect(Collectors.toMap(FacetCount::value, FacetCount::count, Long::sum, LinkedHashMap::new));
    DateRange days = DateRange.parse(ctx.queryParam("from"), ctx.queryParam("to"));
    Set<String> focus = store.facets(new ArticleQuery(null, null, null, days, null, null, null),
        Set.of(Facet.COUNTRY), MAP_COUNTRIES).getOrDefault(Facet.COUNTRY, List.of()).stream()
        .map(FacetCount::value).collect(Collectors.toSet());
    Map<String, Object> params = new HashMap<>();
    params.put("form", Form.of(ctx));
    params.put("total", hits.total());
    params.put("totalExact", hits.totalExact());
    params.put("rows", rows);
    params.put("facets", List.of(
        FacetGroup.of("Event types", "type", listed(counts, Facet.EVENT_TYPE), "/events", current),
        FacetGroup.of("Countries", "country", listed(counts, Facet.COUNTRY), "/events", current)));
    params.put("timeline", Charts.timeline(counts, "/events", current));
    params.put("map", MapView.of(map, byCountry, focus, dots,
        iso3 -> Links.replacing("/events", current, "country", iso3)));
    params.put("next", hits.next() == null ? null : Links.replacing("/events", current, "after", hits.next()));
    params.put("csv", Links.replacing("/api/events", current, "format", "csv"));
    params.put("jsonl", Links.replacing("/api/events", current, "format", "jsonl"));
    ctx.html(pages.render("events", params));
  }

  /** The values a facet list shows: the most frequent, as many as the store lists by default. */
  private static List<FacetCount> listed(Map<Facet, List<FacetCount>> counts, Facet facet) {
    List<FacetCount> all = counts.getOrDefault(facet, List.of());
    return all.subList(0, Math.min(all.size(), StoreReader.DEFAULT_FACET_TOP));
  }

  private static int indexOf(Analysis analysis, String eventId) {
    for (int i = 0; i < analysis.events().size(); i++) {
      if (analysis.events().get(i).id().equals(eventId)) {
        return i;
      }
    }
    return -1;
  }
}
