package org.newsgraph.eval.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Event;
import org.newsgraph.model.Segment;

class PloverReportTest {

  @TempDir
  Path dir;

  private static PloverRecord record(String type, List<String> source, List<String> target) {
    return new PloverRecord("r", "text", "2000-01-01", type, type, source, target);
  }

  private static Event event(String type, String actor, String recipient) {
    return new Event("v1", type, "000", 1, null, new Actor(null, null, actor),
        recipient == null ? null : new Actor(null, null, recipient), null, false, null, false, false, false,
        new Segment(0, 1), null, null);
  }

  @Test
  void theGoldTypeFoundIsATruePositiveAndEveryOtherTypeAFalsePositive() {
    PloverReport report = new PloverReport(List.of(record("AGREE", List.of(), List.of()),
        record("ASSAULT", List.of(), List.of())),
        List.of(List.of(event("AGREE", "FRA", null), event("AID", "FRA", null)), List.of()), 1);

    assertThat(report.micro()).isEqualTo(new PloverReport.Counts(1, 1, 1));
    assertThat(report.byType().get("ASSAULT")).isEqualTo(new PloverReport.Counts(0, 0, 1));
    assertThat(report.micro().f1()).isEqualTo(0.5);
  }

  @Test
  void countryAccuracyComparesTheFirstThreeLettersOfTheCodes() {
    PloverReport report = new PloverReport(List.of(record("ACCUSE", List.of("TUR"), List.of("GRC"))),
        List.of(List.of(event("ACCUSE", "TURGOV", "CYP"))), 1);

    assertThat(report.countryAccuracy()).containsExactly(1, 1, 0, 1);
  }

  @Test
  void readsRecordsMappingPlover05LabelsAndSkippingTheDocumentRecord() throws Exception {
    Path file = dir.resolve("gold.json");
    Files.writeString(file, """
        [{"id": "doc", "event": "DOCUMENT"},
         {"id": "a", "event": "DISAPPROVE", "text": "Norway criticized Chile.", "date": "2000-01-01",
          "source": [{"actorText": "Norway", "code": "NORGOV"}], "target": ""}]
        """);

    List<PloverRecord> records = PloverGold.read(file);

    assertThat(records).hasSize(1);
    assertThat(records.get(0).type()).isEqualTo("ACCUSE");
    assertThat(records.get(0).sourceCountries()).containsExactly("NOR");
    assertThat(records.get(0).targetCountries()).isEmpty();
  }
}
