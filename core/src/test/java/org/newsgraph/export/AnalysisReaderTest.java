package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisReaderTest {

  @Test
  void skipsErrorRecordsInJsonLines() throws IOException {
    String lines = ExportFixtures.ANALYSIS + "\n" + ExportFixtures.ERROR_RECORD + "\n" + ExportFixtures.ANALYSIS + "\n";
    List<JsonNode> analyses = new ArrayList<>();

    int skipped = new AnalysisReader().read(new StringReader(lines), analyses::add);

    assertThat(analyses).hasSize(2);
    assertThat(skipped).isEqualTo(1);
  }

  @Test
  void readsOneIndentedDocument() throws IOException {
    String pretty = ExportFixtures.analysis().toPrettyString();
    List<JsonNode> analyses = new ArrayList<>();

    new AnalysisReader().read(new StringReader(pretty), analyses::add);

    assertThat(analyses).singleElement()
        .satisfies(a -> assertThat(a.path("article").path("id").asText()).isEqualTo("a1b2c3d4e5f60718"));
  }
}
