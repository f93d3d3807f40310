package org.newsgraph.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseCompilerTest {

  private static final Path DATA = Path.of("..", "..", "shared", "data");
  private static final Path RESOURCES = Path.of("src", "main", "resources", "org", "newsgraph", "kb");
  private static final List<String> GENERATED = List.of("countries.tsv", "agents.tsv", "admin1.tsv",
      "cities.tsv.gz");

  @Test
  void committedResourcesAreByteForByteWhatTheCompilerMakesOfTheSources(@TempDir Path out) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(DATA.resolve("kb")), "../shared/data/kb is absent");
    for (String handWritten : List.of("country-names.tsv", "igos.tsv")) {
      Files.copy(RESOURCES.resolve(handWritten), out.resolve(handWritten));
    }

    KnowledgeBaseCompiler.compile(DATA, out);

    for (String name : GENERATED) {
      assertThat(Files.readAllBytes(out.resolve(name))).as(name).isEqualTo(Files.readAllBytes(RESOURCES.resolve(name)));
    }
  }

  @Test
  void keepsTheCompiledResourcesSmall() throws IOException {
    long bytes = 0;
    for (String name : GENERATED) {
      bytes += Files.size(RESOURCES.resolve(name));
    }

    assertThat(bytes).isLessThan(3_000_000);
  }

  @Test
  void cameoCodesSplitIntoPloverCountryAndSector() {
    assertThat(ActorCode.of("USAGOVLEG", c -> c.equals("USA"))).isEqualTo(new ActorCode("USAGOVLEG", "USA", "LEG"));
    assertThat(ActorCode.of("IGOWSTNAT", c -> false)).isEqualTo(new ActorCode("IGOWSTNAT", null, "IGO"));
    assertThat(ActorCode.of("RUS", "GOV")).isEqualTo(new ActorCode("RUSGOV", "RUS", "GOV"));
  }
}
