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
    GazetteerCompiler.compile(GEO, out);

    assertThat(Files.readString(out.resolve("places.tsv"))).isEqualTo(Files.readString(RESOURCES.resolve("places.tsv")));
  }

  @Test
  void keepsTheGazetteerSmall() throws IOException {
    assertThat(Files.size(RESOURCES.resolve("places.tsv"))).isLessThan(500_000);
  }
}
