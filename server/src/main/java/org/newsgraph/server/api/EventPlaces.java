package org.newsgraph.server.api;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Place;
import org.newsgraph.server.CachedStore;
import org.newsgraph.store.query.EventHit;
import org.newsgraph.store.query.Hit;

/**
 * Where events took place on the globe. An event names its place by the canonical name of a place entity; the
 * article's geoparsing gave that entity its gazetteer entry, whose coordinates are the event's.
 */
public final class EventPlaces {

  private final CachedStore store;

  public EventPlaces(CachedStore store) {
    this.store = store;
  }

  /** A geocoded place. */
  public record Coordinates(double lat, double lon, String name) {}

  /** The coordinates of the hit's place, when its article geocoded it to a point. */
  public Optional<Coordinates> of(EventHit hit) throws IOException {
    if (hit.place() == null) {
      return Optional.empty();
    }
    Map<String, Coordinates> byEvent = store.computed("event-places", hit.article(),
        () -> store.analysis(hit.article()).map(EventPlaces::byEvent).orElse(Map.of()));
    return Optional.ofNullable(byEvent.get(hit.id()));
  }

  /** The hit's columns, an event's with its place's {@code lat} and {@code lon} after {@code place}. */
  public Map<String, Object> row(Hit hit) {
    if (!(hit instanceof EventHit event)) {
      return hit.row();
    }
    Optional<Coordinates> at;
    try {
      at = of(event);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Map<String, Object> row = new LinkedHashMap<>();
    hit.row().forEach((column, value) -> {
      row.put(column, value);
      if (column.equals("place")) {
        row.put("lat", at.map(Coordinates::lat).orElse(null));
        row.put("lon", at.map(Coordinates::lon).orElse(null));
      }
    });
    return row;
  }

  /** The coordinates of each event of the analysis whose place the article geocoded to a point, by event id. */
  static Map<String, Coordinates> byEvent(Analysis analysis) {
    Map<String, String> entityByName = new HashMap<>();
    // The store finds an event's place entity the same way: the first entity of that name.
    for (Entity entity : analysis.entities()) {
      entityByName.putIfAbsent(entity.name(), entity.id());
    }
    Map<String, Place> placeByEntity = new HashMap<>();
    for (Place place : analysis.places()) {
      if (place.entity() != null && place.lat() != null && place.lon() != null) {
        placeByEntity.putIfAbsent(place.entity(), place);
      }
    }
    Map<String, Coordinates> byEvent = new HashMap<>();
    for (Event event : analysis.events()) {
      String entity = event.place() == null ? null : entityByName.get(event.place());
      Place place = entity == null ? null : placeByEntity.get(entity);
      if (place != null) {
        byEvent.put(event.id(), new Coordinates(place.lat(), place.lon(), place.name()));
      }
    }
    return Map.copyOf(byEvent);
  }
}
