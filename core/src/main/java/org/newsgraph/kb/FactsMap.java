package org.newsgraph.kb;

import java.util.LinkedHashMap;
import java.util.Map;

/** The output form of a {@link KbLink} under construction, keys in insertion order. */
final class FactsMap {

  private final Map<String, Object> map = new LinkedHashMap<>();

  /** Starts with the id (left out when null: a link read from titles has none), the name and the kind. */
  FactsMap(String id, String name, String kind) {
    if (id != null) {
      map.put("id", id);
    }
    map.put("name", name);
    map.put("kind", kind);
  }

  FactsMap put(String key, Object value) {
    map.put(key, value);
    return this;
  }

  FactsMap putPresent(String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
    return this;
  }

  /** The PLOVER actor parts, each left out when null. */
  FactsMap plover(String country, String sector) {
    Map<String, Object> plover = new LinkedHashMap<>();
    if (country != null) {
      plover.put("country", country);
    }
    if (sector != null) {
      plover.put("sector", sector);
    }
    map.put("plover", plover);
    return this;
  }

  Map<String, Object> map() {
    return map;
  }
}
