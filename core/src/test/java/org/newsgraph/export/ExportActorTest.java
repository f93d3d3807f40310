package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ExportActorTest {

  private final CameoTypeCodes types = CameoTypeCodes.load();
  private final ObjectMapper mapper = new ObjectMapper();

  private ExportActor actor(String actorJson) throws Exception {
    JsonNode analysis = mapper.readTree("""
        {"article":{"id":"x","text":"The Finnish ministry spoke."},
         "entities":[{"id":"e1","name":"Finland","kb":{"id":"FIN","country":"FIN","sector":"GOV","kind":"country"}}],
         "events":[]}""");
    return ExportActor.of(mapper.readTree(actorJson), new AnalysisView(analysis), types);
  }

  @Test
  void entityKbFillsCountryAndSectorMissingFromCode() throws Exception {
    ExportActor actor = actor("{\"entity\":\"e1\",\"name\":\"ministry\",\"code\":\"---\"}");

    assertThat(actor.country()).isEqualTo("FIN");
    assertThat(actor.sector()).isEqualTo("GOV");
  }

  @Test
  void eventCodeTypeWinsOverEntitySector() throws Exception {
    ExportActor actor = actor("{\"entity\":\"e1\",\"name\":\"army\",\"code\":\"FINMIL\"}");

    assertThat(actor.types()).containsExactly("MIL");
  }
}
