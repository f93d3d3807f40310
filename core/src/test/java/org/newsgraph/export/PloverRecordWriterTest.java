package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.newsgraph.event.PloverMapping;

class PloverRecordWriterTest {

  private final PloverRecordWriter writer = new PloverRecordWriter(PloverMapping.load(), CameoTypeCodes.load());

  private ObjectNode record(int index) {
    return writer.records(ExportFixtures.analysis()).get(index);
  }

  @Test
  void recordCarriesPloverEventFields() {
    ObjectNode record = record(0);

    assertThat(record.path("id").asText()).isEqualTo("a1b2c3d4e5f60718-v1");
    assertThat(record.path("date").asText()).isEqualTo("2024-03-04");
    assertThat(record.path("event").get(0).asText()).isEqualTo("CONSULT");
    assertThat(record.path("mode").get(0).asText()).isEqualTo("visit");
    assertThat(record.path("quad_code").asInt()).isEqualTo(1);
    assertThat(record.path("event_text").get(0).asText()).isEqualTo("met");
    assertThat(record.path("text_info").path("start").asInt()).isEqualTo(18);
    assertThat(record.path("cite_info").path("url").asText()).isEqualTo("https://example.org/talks");
  }

  @Test
  void actorAndRecipientCarryCountryAndSector() {
    ObjectNode record = record(0);

    assertThat(record.path("actor").get(0).path("code").asText()).isEqualTo("RUS");
    assertThat(record.path("actor").get(0).path("sector").asText()).isEqualTo("GOV");
    assertThat(record.path("actor").get(0).path("entity_text").asText()).isEqualTo("Russian officials");
    assertThat(record.path("recipient").get(0).path("code").asText()).isEqualTo("FIN");
  }

  @Test
  void locationComesFromPlaceEntity() {
    ObjectNode location = (ObjectNode) record(0).path("event_loc");

    assertThat(location.path("extracted_place").asText()).isEqualTo("Helsinki");
    assertThat(location.path("geonameid").asLong()).isEqualTo(658225L);
    assertThat(location.path("country_code").asText()).isEqualTo("FIN");
    assertThat(location.path("feature_class").asText()).isEqualTo("P");
  }

  @Test
  void seasonDateIsKeptApartFromPloverDate() {
    ObjectNode record = record(1);

    assertThat(record.has("date")).isFalse();
    assertThat(record.path("date_timex").asText()).isEqualTo("2024-FA");
    assertThat(record.has("event_loc")).isFalse();
  }

  @Test
  void writesOneJsonObjectPerLine() throws IOException {
    StringBuilder out = new StringBuilder();
    writer.write(ExportFixtures.analysis(), out);

    assertThat(out.toString().lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"id\":"));
  }
}
