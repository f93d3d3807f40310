package org.newsgraph.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.server.map.WorldMap;

/**
 * The events map: countries shaded by how many events they take part in, outlined when they are an article's
 * focus, and a dot at each event place with coordinates.
 */
public record MapView(List<Shape> shapes, List<Dot> dots, int width, int height) {

  /** A country: its path, shade (0 none to 5 most), whether articles focus on it, and the link narrowing to it. */
  public record Shape(String path, String name, String iso3, long count, int shade, boolean focus, String link) {

    public String classes() {
      return "land shade-" + shade + (focus ? " focus" : "");
    }
  }

  /** An event place. */
  public record Dot(double x, double y, String label) {}

  public static MapView of(WorldMap map, Map<String, Long> eventsByCountry, Set<String> focus, List<Dot> dots,
      java.util.function.Function<String, String> link) {
    long max = eventsByCountry.values().stream().mapToLong(Long::longValue).max().orElse(0);
    List<Shape> shapes = new ArrayList<>();
    for (WorldMap.Country country : map.countries()) {
      long count = country.iso3() == null ? 0 : eventsByCountry.getOrDefault(country.iso3(), 0L);
      int shade = count == 0 || max == 0 ? 0 : 1 + (int) Math.min(4, Math.floor(4 * Math.log1p(count)
          / Math.log1p(max)));
      shapes.add(new Shape(country.path(), country.name(), country.iso3(), count, shade,
          country.iso3() != null && focus.contains(country.iso3()),
          country.iso3() == null ? null : link.apply(country.iso3())));
    }
    return new MapView(shapes, dots, WorldMap.WIDTH, WorldMap.HEIGHT);
  }

  /** A dot at a place's coordinates. */
  public static Dot dot(double lat, double lon, String label) {
    return new Dot(WorldMap.x(lon), WorldMap.y(lat), label);
  }
}
