package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PloverTableGeneratorTest {

  private static final String PLOVER = """
      # conversion table
      04: CONSULT
      042: CONSULT, visit,   # Make a visit
      196: ASSAULT, , legal; military # Violate ceasefire
      """;

  private static final String CAMEO = """
      "","eventtype_ID","name","code","goldstein","description"
      "1",1,"CONSULT","04",1,"Consultations, of any kind"
      "2",2,"Make a visit","042",1.9,"Travel to another location,
      for a meeting"
      "3",3,"Violate ceasefire","196",-9.5,"Breach a ""truce""\"
      "4",4,"Make statement","010",0,NA
      """;

  @Test
  void joinsPloverReadingsWithCameoNamesAndGoldsteinScores() throws Exception {
    String table = PloverTableGenerator.generate(new StringReader(PLOVER), new StringReader(CAMEO));

    assertThat(table).contains("042\tMake a visit\t1.9\tCONSULT\tvisit\t\t1\n")
        .contains("196\tViolate ceasefire\t-9.5\tASSAULT\t\tlegal;military\t4\n")
        .contains("010\tMake statement\t0\t\t\t\t\n")
        .contains("CC BY-SA 4.0");
  }

  @Test
  void unknownPloverTypeFailsNamingTheCode() {
    assertThatThrownBy(() -> PloverTableGenerator.generate(new StringReader("042: CONFER, visit\n"),
        new StringReader(CAMEO)))
        .hasMessageContaining("CAMEO 042").hasMessageContaining("CONFER");
  }

  @Test
  void committedTableMatchesTheSources() throws Exception {
    Path data = Path.of("..", "..", "shared", "data");
    assumeTrue(Files.isDirectory(data), "../shared/data is absent");

    String generated = PloverTableGenerator.generate(
        Files.newBufferedReader(data.resolve("events/CAMEO2PLOVER-2021.txt"), StandardCharsets.UTF_8),
        new java.io.InputStreamReader(Files.newInputStream(data.resolve("kb/cameo-codes.csv")),
            StandardCharsets.UTF_8));

    try (InputStream committed = PloverMapping.class.getResourceAsStream(PloverMapping.RESOURCE)) {
      assertThat(new String(committed.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(generated);
    }
  }
}
