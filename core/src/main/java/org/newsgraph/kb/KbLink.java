package org.newsgraph.kb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the knowledge base says about one document entity: the country, place, international organization or
 * actor it was linked to, and how sure the link is ({@code confidence}, 0–1).
 *
 * <p>Stages read the typed accessors; {@link #facts()} is the entity's {@code kb} object in the output.
 */
public sealed interface KbLink {

  /** The name the knowledge base gives. */
  String name();

  /** The ISO alpha-3 country the entity is or belongs to, or null (international organizations, stateless actors). */
  String country();

  /** The CAMEO actor code, or null (places). */
  String cameo();

  double confidence();

  /** The output form (the entity's {@code kb} object), keys in one fixed order so that the JSON is the same every time. */
  Map<String, Object> facts();

  /** A country or nationality linked to the country table. */
  record CountryLink(String iso3, String iso2, String name, long geonamesId, String capital, double confidence)
      implements KbLink {

    @Override
    public String country() {
      return iso3;
    }

    @Override
    public String cameo() {
      return iso3;
    }

    @Override
    public Map<String, Object> facts() {
      return new FactsMap(iso3, name, "country").put("country", iso3).put("iso2", iso2).put("cameo", iso3)
          .plover(iso3, null).put("geonames_id", geonamesId).put("capital", capital).put("confidence", confidence)
          .map();
    }
  }

  /** A place with its gazetteer entry; {@code feature} is the GeoNames feature code (PPLC for a capital). */
  record PlaceLink(Long geonamesId, String name, String country, Double lat, Double lon, String feature,
      Double confidenceOrNull) implements KbLink {

    @Override
    public String cameo() {
      return null;
    }

    @Override
    public double confidence() {
      return confidenceOrNull == null ? 1.0 : confidenceOrNull;
    }

    @Override
    public Map<String, Object> facts() {
      FactsMap facts = new FactsMap("geonames:" + geonamesId, name, "place").put("country", country)
          .put("geonames_id", geonamesId);
      if (lat != null) {
        facts.put("lat", lat).put("lon", lon);
      }
      return facts.put("feature", feature).put("confidence", confidenceOrNull).map();
    }
  }

  /** An international organization, with its member countries on the article's date. */
  record IgoLink(String id, String name, String sector, String cameo, List<String> members, double confidence)
      implements KbLink {

    public IgoLink {
      members = List.copyOf(members);
    }

    @Override
    public String country() {
      return null;
    }

    @Override
    public Map<String, Object> facts() {
      return new FactsMap(id, name, "igo").put("sector", sector).put("cameo", cameo).plover(null, sector)
          .put("members", members).put("confidence", confidence).map();
    }
  }

  /**
   * A person or organization coded from the actor dictionaries ({@code role} the dated role held, {@code title}
   * null) or, when the dictionaries do not know it, from the titles the article gives ({@code id} and {@code role}
   * null, {@code title} the descriptor read).
   */
  record ActorLink(String id, String name, boolean person, ActorCode code, Role role, String title,
      double confidence) implements KbLink {

    @Override
    public String country() {
      return code.country();
    }

    @Override
    public String cameo() {
      return code.cameo();
    }

    /** Where the code came from: {@code phoenix} (a dictionary actor) or {@code descriptor} (the article's titles). */
    public String source() {
      return role != null ? "phoenix" : "descriptor";
    }

    @Override
    public Map<String, Object> facts() {
      FactsMap facts = new FactsMap(id, name, person ? "person" : "organization")
          .putPresent("country", code.country()).putPresent("sector", code.sector())
          .putPresent("cameo", code.cameo()).plover(code.country(), code.sector());
      Map<String, Object> held = new LinkedHashMap<>();
      if (role != null) {
        held.put("code", role.code());
        if (role.range().from() != null) {
          held.put("from", role.range().from().toString());
        }
        if (role.range().to() != null) {
          held.put("to", role.range().to().toString());
        }
      } else {
        held.put("title", title);
      }
      return facts.put("role", held).put("source", source()).put("confidence", confidence).map();
    }
  }
}
