package org.newsgraph.server.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The world's country shapes as SVG paths in an equirectangular projection, decoded once from the Natural Earth
 * TopoJSON shipped in the jar (no tile server, nothing fetched when a page loads).
 */
public final class WorldMap {

  public static final int WIDTH = 960;
  public static final int HEIGHT = 480;

  private final List<Country> countries;

  private WorldMap(List<Country> countries) {
    this.countries = List.copyOf(countries);
  }

  /** A country's shape: its ISO alpha-3 code (null when the atlas has none), name and SVG path data. */
  public record Country(String iso3, String name, String path) {}

  /** Reads the shipped atlas; call once and share. */
  public static WorldMap load() {
    try (InputStream atlas = resource("countries-110m.json"); InputStream codes = resource("iso-numeric.tsv")) {
      return decode(new ObjectMapper().readTree(atlas), numericToIso3(codes));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped world atlas", e);
    }
  }

  public List<Country> countries() {
    return countries;
  }

  /** The map's x for a longitude. */
  public static double x(double lon) {
    return (lon + 180) / 360 * WIDTH;
  }

  /** The map's y for a latitude. */
  public static double y(double lat) {
    return (90 - lat) / 180 * HEIGHT;
  }

  private static WorldMap decode(JsonNode topology, Map<String, String> iso3) {
    JsonNode transform = topology.get("transform");
    double sx = transform.at("/scale/0").asDouble();
    double sy = transform.at("/scale/1").asDouble();
    double tx = transform.at("/translate/0").asDouble();
    double ty = transform.at("/translate/1").asDouble();
    List<double[][]> arcs = new ArrayList<>();
    for (JsonNode arc : topology.get("arcs")) {
      double[][] points = new double[arc.size()][];
      long qx = 0;
      long qy = 0;
      for (int i = 0; i < arc.size(); i++) {
        qx += arc.get(i).get(0).asLong();
        qy += arc.get(i).get(1).asLong();
        points[i] = new double[] {x(qx * sx + tx), y(qy * sy + ty)};
      }
      arcs.add(points);
    }
    List<Country> countries = new ArrayList<>();
    for (JsonNode geometry : topology.at("/objects/countries/geometries")) {
      StringBuilder path = new StringBuilder();
      JsonNode polygons = geometry.get("arcs");
      if (polygons == null) {
        continue;
      }
      if ("Polygon".equals(geometry.get("type").asText())) {
        polygon(polygons, arcs, path);
      } else {
        polygons.forEach(polygon -> polygon(polygon, arcs, path));
      }
      String id = geometry.path("id").asText(null);
      countries.add(new Country(id == null ? null : iso3.get(id), geometry.at("/properties/name").asText(),
          path.toString()));
    }
    return new WorldMap(countries);
  }

  private static void polygon(JsonNode rings, List<double[][]> arcs, StringBuilder path) {
    for (JsonNode ring : rings) {
      boolean first = true;
      for (JsonNode index : ring) {
        int i = index.asInt();
        double[][] arc = arcs.get(i >= 0 ? i : ~i);
        for (int k = 0; k < arc.length; k++) {
          double[] point = arc[i >= 0 ? k : arc.length - 1 - k];
          if (k == 0 && !first) {
            continue;
          }
          path.append(first ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f", point[0], point[1]));
          first = false;
        }
      }
      path.append('Z');
    }
  }

  private static Map<String, String> numericToIso3(InputStream codes) throws IOException {
    Map<String, String> map = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(codes, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String[] cols = line.split("\t");
      if (!line.startsWith("#") && cols.length == 2) {
        map.put(cols[0], cols[1]);
      }
    }
    return map;
  }

  private static InputStream resource(String name) {
    InputStream in = WorldMap.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource org/newsgraph/server/map/" + name);
    }
    return in;
  }
}
