package org.newsgraph.kb;

import java.util.List;
import java.util.function.Predicate;

/**
 * A CAMEO actor code split into its PLOVER parts: {@code USAGOVLEG} is country USA, sector LEG; {@code IGOWSTNAT}
 * has no country and sector IGO.
 *
 * @param country ISO alpha-3 code, or null for international actors
 * @param sector the PLOVER sector (GOV, LEG, MIL, JUD, COP, REB, OPP, BUS, MED, IGO, NGO...), or null
 */
public record ActorCode(String cameo, String country, String sector) {

  /** Sub-sectors that are sectors of their own in PLOVER rather than parts of government. */
  private static final List<String> OWN_SECTORS = List.of("LEG", "JUD");

  /** Splits a CAMEO code; {@code isCountry} says which three-letter prefixes are countries. */
  public static ActorCode of(String cameo, Predicate<String> isCountry) {
    String prefix = cameo.length() >= 3 ? cameo.substring(0, 3) : cameo;
    if (isCountry.test(prefix)) {
      return new ActorCode(cameo, prefix, sectorOf(cameo.substring(3)));
    }
    String sector = switch (prefix) {
      case "IGO", "NGO" -> prefix;
      case "MNC" -> "BUS";
      case "IMG" -> "REB";
      default -> sectorOf(cameo);
    };
    return new ActorCode(cameo, null, sector);
  }

  /** A code built from a country and an agent code ({@code UKR} + {@code GOV} → {@code UKRGOV}). */
  public static ActorCode of(String country, String agent) {
    String cameo = (country == null ? "" : country) + (agent == null ? "" : agent);
    return new ActorCode(cameo.isEmpty() ? null : cameo, country, agent == null ? null : sectorOf(agent));
  }

  private static String sectorOf(String rest) {
    if (rest.length() < 3) {
      return null;
    }
    for (int i = 3; i + 3 <= rest.length(); i += 3) {
      if (OWN_SECTORS.contains(rest.substring(i, i + 3))) {
        return rest.substring(i, i + 3);
      }
    }
    return rest.substring(0, 3);
  }
}
