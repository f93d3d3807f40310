package org.newsgraph.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountryTableTest {

  // Two GeoNames countryInfo rows: ISO, ISO3, numeric, FIPS, name, capital, area, population, continent, ... id.
  private static final String COUNTRY_INFO = String.join("\n",
      "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea\tPopulation\tContinent\ttld\tCurrencyCode\tCurrencyName"
          + "\tPhone\tPostal\tPostalRegex\tLanguages\tgeonameid\tneighbours\tEquivalentFipsCode",
      "CD\tCOD\t180\tCG\tDemocratic Republic of the Congo\tKinshasa\t2345410\t70916439\tAF\t.cd\tCDF\tFranc\t243"
          + "\t\t\tfr-CD\t203312\tTZ\t",
      "CG\tCOG\t178\tCF\tRepublic of the Congo\tBrazzaville\t342000\t3039126\tAF\t.cg\tXAF\tFranc\t242"
          + "\t\t\tfr-CG\t2260494\tCF\t");

  @Test
  void cleansFootnotesAndParentheticalsFromDemonymCells() {
    assertThat(CountryTable.cleanNames("Singaporean[2] [3]", true)).containsExactly("Singaporean");
    assertThat(CountryTable.cleanNames("Barbadian  (\"Bajan\")", true)).containsExactly("Barbadian");
    assertThat(CountryTable.cleanNames("Irish / Southern Irish h", true)).containsExactly("Irish", "Southern Irish");
  }

  @Test
  void skipsNationalityLinesCountryInfoCommentsOut(@TempDir Path dir) throws IOException {
    CountryTable table = table(dir);

    table.addCountryInfo(List.of("<ISO3166-alpha3>COG</ISO3166-alpha3>", "<Nationality>",
        "#\tCONGOLESE_ # dups with DRC", "\tMIDDLE_CONGO_", "</Nationality>"));

    String row = row(table, "COG");
    assertThat(row).contains("Middle Congo").doesNotContain("#").doesNotContain("ongolese");
    assertThat(row.split("\t", -1)).hasSize(12);
  }

  @Test
  void givesASharedDemonymToTheMorePopulousCountryInTheEntityColumns(@TempDir Path dir) throws IOException {
    CountryTable table = table(dir);

    table.addEntityDemonyms(List.of("Country name\tAdjectivals\tDemonyms",
        "Republic of the Congo\tCongolese\tCongolese", "Democratic Republic of the Congo\tCongolese\tCongolese"));

    assertThat(row(table, "COD").split("\t", -1)[10]).isEqualTo("Congolese");
    assertThat(row(table, "COG").split("\t", -1)[10]).isEmpty();
  }

  @Test
  void keepsHandWrittenNamesApartFromHandWrittenDemonymsAndPlaces(@TempDir Path dir) throws IOException {
    CountryTable table = table(dir);

    table.addNames(List.of("COG\tCongo-Brazzaville\tBrazzavillois\tPool"), "names");

    String[] row = row(table, "COG").split("\t", -1);
    assertThat(row[7]).contains("Congo-Brazzaville", "Brazzavillois", "Pool");
    assertThat(row[9]).isEqualTo("Congo-Brazzaville");
  }

  private static CountryTable table(Path dir) throws IOException {
    Path file = dir.resolve("countryInfo.txt");
    Files.writeString(file, COUNTRY_INFO);
    return CountryTable.read(file);
  }

  private static String row(CountryTable table, String iso3) {
    return table.rows().stream().filter(r -> r.startsWith(iso3 + "\t")).findFirst().orElseThrow();
  }
}
