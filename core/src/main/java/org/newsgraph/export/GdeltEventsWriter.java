package org.newsgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.event.CameoCode;
import org.newsgraph.event.PloverMapping;

/**
 * Writes events as GDELT 2.0 Events rows: the 61 tab-separated columns of the GDELT codebook, those newsgraph
 * cannot fill left empty (see {@code docs/export.md}).
 */
public final class GdeltEventsWriter implements EventExporter {

  /** The GDELT 2.0 Events columns, in file order. */
  public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
      "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
      "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
      "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
      "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
      "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

  private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final DateTimeFormatter DATE_ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

  private final PloverMapping mapping;
  private final CameoTypeCodes typeCodes;

  public GdeltEventsWriter(PloverMapping mapping, CameoTypeCodes typeCodes) {
    this.mapping = mapping;
    this.typeCodes = typeCodes;
  }

  @Override
  public void write(JsonNode analysis, Appendable out) throws IOException {
    for (List<String> row : rows(analysis)) {
      out.append(String.join("\t", row)).append('\n');
    }
  }

  /** One row of 61 cells per event of the analysis. */
  public List<List<String>> rows(JsonNode analysis) {
    AnalysisView view = new AnalysisView(analysis);
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode event : view.events()) {
      rows.add(row(view, event));
    }
    return rows;
  }

  private List<String> row(AnalysisView view, JsonNode event) {
    List<String> cells = new ArrayList<>(COLUMNS.size());
    cells.add(Long.toString(view.stableId(event)));
    addDate(cells, AnalysisView.text(event, "date"));
    addActor(cells, ExportActor.of(event.path("actor"), view, typeCodes));
    addActor(cells, ExportActor.of(event.path("recipient"), view, typeCodes));
    cells.add(view.inLeadParagraph(event) ? "1" : "0");
    String cameo = AnalysisView.text(event, "cameo");
    Optional<CameoCode> reading = mapping.lookup(cameo);
    cells.add(cameo);
    cells.add(cameo == null ? null : cameo.substring(0, Math.min(3, cameo.length())));
    cells.add(cameo == null ? null : cameo.substring(0, Math.min(2, cameo.length())));
    Integer quad = event.path("quad").isInt() ? event.path("quad").asInt() : reading.map(CameoCode::quad)
        .orElse(null);
    cells.add(quad == null ? null : quad.toString());
    Double goldstein = AnalysisView.number(event, "goldstein");
    cells.add(number(goldstein != null ? goldstein : reading.map(CameoCode::goldstein).orElse(null)));
    cells.add("1");
    cells.add("1");
    cells.add("1");
    cells.add(number(AnalysisView.number(view.analysisTone(), "score")));
    addEmpty(cells, 16); // Actor1Geo_* and Actor2Geo_*: newsgraph does not place actors.
    addPlace(cells, ExportPlace.of(event, view));
    cells.add(dateAdded(AnalysisView.text(view.article(), "published")));
    cells.add(AnalysisView.text(view.article(), "url"));
    return cells.stream().map(GdeltEventsWriter::cell).toList();
  }

  private static void addDate(List<String> cells, String timex) {
    Matcher m = timex == null ? null : DATE.matcher(timex);
    if (m == null || !m.find()) {
      addEmpty(cells, 4);
      return;
    }
    String year = m.group(1);
    String month = m.group(2);
    String day = m.group(3);
    cells.add(day != null ? year + month + day : null);
    cells.add(month != null ? year + month : null);
    cells.add(year);
    // GDELT's own approximation: (month * 30 + day) / 365 of the year.
    cells.add(day != null ? String.format(Locale.ROOT, "%.4f",
        Integer.parseInt(year) + (Integer.parseInt(month) * 30 + Integer.parseInt(day)) / 365.0) : null);
  }

  private static void addActor(List<String> cells, ExportActor actor) {
    if (actor == null) {
      addEmpty(cells, 10);
      return;
    }
    cells.add(actor.code());
    cells.add(actor.name() == null ? null : actor.name().toUpperCase(Locale.ROOT));
    cells.add(actor.country());
    cells.add(actor.knownGroup());
    addEmpty(cells, 3); // ethnic and religion codes: newsgraph's actor codes carry none.
    for (int i = 0; i < 3; i++) {
      cells.add(i < actor.types().size() ? actor.types().get(i) : null);
    }
  }

  private static void addPlace(List<String> cells, ExportPlace place) {
    if (place == null) {
      addEmpty(cells, 8);
      return;
    }
    cells.add(geoType(place));
    cells.add(place.name());
    addEmpty(cells, 3); // FIPS 10-4 country and ADM1 codes, GAUL ADM2: newsgraph's gazetteer has ISO and GeoNames.
    cells.add(number(place.lat()));
    cells.add(number(place.lon()));
    cells.add(null); // GNS/GNIS feature id: a GeoNames id is from another numbering.
  }

  private static String geoType(ExportPlace place) {
    boolean us = "USA".equals(place.country());
    if (place.isCountry()) {
      return "1";
    }
    if (place.isFirstLevelDivision()) {
      return us ? "2" : "5";
    }
    if (place.isPopulatedPlace()) {
      return us ? "3" : "4";
    }
    return null;
  }

  /** The publication date-time in UTC as YYYYMMDDHHMMSS; null for a bare date or a time without offset. */
  static String dateAdded(String published) {
    if (published == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(published).withOffsetSameInstant(ZoneOffset.UTC).format(DATE_ADDED);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static void addEmpty(List<String> cells, int count) {
    for (int i = 0; i < count; i++) {
      cells.add(null);
    }
  }

  private static String number(Double value) {
    if (value == null) {
      return null;
    }
    String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return plain.equals("-0") ? "0" : plain;
  }

  /** A cell: empty for null, with tabs and line breaks (which would break the row) turned into spaces. */
  private static String cell(String value) {
    return value == null ? "" : value.replaceAll("[\\t\\r\\n]", " ");
  }
}
