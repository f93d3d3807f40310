package org.newsgraph.kb;

import java.util.List;

/**
 * A country with the names the entity stage types mentions by, in the spelling the sources give them.
 *
 * @param everydayNames hand-written other names ("U.S.", "Britain"), without demonyms or places
 * @param adjectivals adjectival demonyms ("Belarusian"), each given to one country
 * @param peoples plural demonyms ("Ukrainians"), each given to one country
 */
public record CountryNames(KbCountry country, List<String> everydayNames, List<String> adjectivals,
    List<String> peoples) {

  public CountryNames {
    everydayNames = List.copyOf(everydayNames);
    adjectivals = List.copyOf(adjectivals);
    peoples = List.copyOf(peoples);
  }
}
