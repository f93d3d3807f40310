package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.event.PloverMapping;

class GdeltEventsWriterTest {

  private final GdeltEventsWriter writer = new GdeltEventsWriter(PloverMapping.load(), CameoTypeCodes.load());

  private List<String> row(int index) {
    return writer.rows(ExportFixtures.analysis()).get(index);
  }

  private static String cell(List<String> row, String column) {
    return row.get(GdeltEventsWriter.COLUMNS.indexOf(column));
  }

  @Test
  void everyRowHasSixtyOneTabSeparatedColumns() throws IOException {
    StringBuilder out = new StringBuilder();
    writer.write(ExportFixtures.analysis(), out);

    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));
  }

  @Test
  void splitsCameoCodeIntoBaseAndRoot() {
    List<String> row = row(0);

    assertThat(cell(row, "EventCode")).isEqualTo("0431");
    assertThat(cell(row, "EventBaseCode")).isEqualTo("043");
    assertThat(cell(row, "EventRootCode")).isEqualTo("04");
  }

  @Test
  void threeDigitCodeIsItsOwnBase() {
    List<String> row = row(1);

    assertThat(cell(row, "EventBaseCode")).isEqualTo("040");
    assertThat(cell(row, "EventRootCode")).isEqualTo("04");
  }

  @Test
  void takesActorCountryAndTypeFromGovernmentCode() {
    List<String> row = row(0);

    assertThat(cell(row, "Actor1Code")).isEqualTo("RUSGOV");
    assertThat(cell(row, "Actor1Name")).isEqualTo("RUSSIAN OFFICIALS");
    assertThat(cell(row, "Actor1CountryCode")).isEqualTo("RUS");
    assertThat(cell(row, "Actor1Type1Code")).isEqualTo("GOV");
    assertThat(cell(row, "Actor2CountryCode")).isEqualTo("FIN");
  }

  @Test
  void eventWithoutPlaceLeavesActionGeoEmpty() {
    List<String> row = row(1);

    for (String column : GdeltEventsWriter.COLUMNS) {
      if (column.startsWith("ActionGeo_")) {
        assertThat(cell(row, column)).as(column).isEmpty();
      }
    }
  }

  @Test
  void placedEventFillsActionGeoFromPlaceKb() {
    List<String> row = row(0);

    assertThat(cell(row, "ActionGeo_Type")).isEqualTo("4");
    assertThat(cell(row, "ActionGeo_FullName")).isEqualTo("Helsinki");
    assertThat(cell(row, "ActionGeo_Lat")).isEqualTo("60.16952");
    assertThat(cell(row, "ActionGeo_Long")).isEqualTo("24.93545");
  }

  @Test
  void fillsDatesFromEventDateAndPublicationInUtc() {
    List<String> row = row(0);

    assertThat(cell(row, "SQLDATE")).isEqualTo("20240304");
    assertThat(cell(row, "MonthYear")).isEqualTo("202403");
    assertThat(cell(row, "Year")).isEqualTo("2024");
    assertThat(cell(row, "FractionDate")).isEqualTo("2024.2575");
    assertThat(cell(row, "DATEADDED")).isEqualTo("20240304073000");
  }

  @Test
  void seasonDateFillsOnlyTheYear() {
    List<String> row = row(1);

    assertThat(cell(row, "SQLDATE")).isEmpty();
    assertThat(cell(row, "Year")).isEqualTo("2024");
  }

  @Test
  void fillsQuadGoldsteinToneAndSource() {
    List<String> row = row(0);

    assertThat(cell(row, "QuadClass")).isEqualTo("1");
    assertThat(cell(row, "GoldsteinScale")).isNotEmpty();
    assertThat(cell(row, "AvgTone")).isEqualTo("-1.25");
    assertThat(cell(row, "NumArticles")).isEqualTo("1");
    assertThat(cell(row, "SOURCEURL")).isEqualTo("https://example.org/talks");
  }

  @Test
  void onlyLeadParagraphEventIsRoot() {
    assertThat(cell(row(0), "IsRootEvent")).isEqualTo("1");
    assertThat(cell(row(1), "IsRootEvent")).isEqualTo("0");
  }

  @Test
  void sameArticleAndEventGiveSameId() {
    assertThat(cell(row(0), "GLOBALEVENTID")).isEqualTo(cell(row(0), "GLOBALEVENTID"))
        .isNotEqualTo(cell(row(1), "GLOBALEVENTID")).matches("\\d+");
  }
}
