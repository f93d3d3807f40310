package org.newsgraph.kb;

/**
 * A gazetteer entry: a GeoNames city (population at least 15,000, or a capital) or first-level division.
 *
 * @param feature GeoNames feature code ({@code PPLC} capital, {@code PPLA} admin seat, {@code ADM1} division...)
 * @param country ISO alpha-3 code
 * @param admin1 GeoNames admin-1 key ({@code US.DC})
 * @param lat latitude, null for divisions (their coordinates are not in the compiled data)
 * @param primaryName whether the looked-up name is the entry's own name rather than one of its other names
 */
public record GeoEntry(long geonameId, String name, Double lat, Double lon, String feature, String country,
    String admin1, long population, boolean primaryName) {

  public boolean capital() {
    return feature.equals("PPLC");
  }

  public boolean division() {
    return feature.equals("ADM1");
  }
}
