package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ExportPlaceTest {

  private final ObjectMapper mapper = new ObjectMapper();

  private ExportPlace place(String placeReference) throws Exception {
    JsonNode analysis = mapper.readTree("""
        {"article":{"id":"x","text":"Troops gathered in Estonia."},
         "entities":[{"id":"e1","name":"Estonia","type":"COUNTRY","kb":{"id":"EST","country":"EST"},
                      "mentions":[{"start":19,"end":26,"text":"Estonia"}]}],
         "places":[{"entity":"e1","name":"Republic of Estonia","geonames_id":453733,"country":"EST",
                    "feature":"PCLI"}],
         "events":[]}""");
    JsonNode event = mapper.createObjectNode().put("id", "v1").put("place", placeReference);
    return ExportPlace.of(event, new AnalysisView(analysis));
  }

  @Test
  void resolvesPlaceNameThroughEntityToGazetteer() throws Exception {
    ExportPlace place = place("Estonia");

    assertThat(place.name()).isEqualTo("Republic of Estonia");
    assertThat(place.geonamesId()).isEqualTo(453733L);
    assertThat(place.isCountry()).isTrue();
    assertThat(place.lat()).isNull();
  }

  @Test
  void placeNamingNoEntityKeepsOnlyItsWords() throws Exception {
    ExportPlace place = place("Narva");

    assertThat(place.name()).isEqualTo("Narva");
    assertThat(place.country()).isNull();
    assertThat(place.feature()).isNull();
  }
}
