package org.newsgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerCompilerTest {

  private static final Path GEO = Path.of("..", "..", "shared", "data", "geo");
  private static final Path RESOURCES = Path.of("src", "main", "resources", "org", "newsgraph", "entity");

  @Test
  void committedResourcesAreWhatTheCompilerMakesOfTheSources(@TempDir Path out) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(GEO), "../shared/data/geo is absent");
    Files.copy(RESOURCES.resolve("country-synonyms.tsv"), out.resolve("country-synonyms.tsv"));

    GazetteerCompiler.compile(GEO, out);

    for (String name : new String[] {"countries.tsv", "places.tsv"}) {
      assertThat(Files.readString(out.resolve(name))).as(name)
          .isEqualTo(Files.readString(RESOURCES.resolve(name)));
    }
  }

  @Test
  void keepsTheGazetteerSmall() throws IOException {
    long bytes = Files.size(RESOURCES.resolve("countries.tsv")) + Files.size(RESOURCES.resolve("places.tsv"));

    assertThat(bytes).isLessThan(500_000);
  }
}
