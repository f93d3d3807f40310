package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled dictionaries on the class path, and the generator that writes them. */
class EventModelTest {

  private static final Path KB = Path.of("..", "..", "shared", "data", "kb");

  @TempDir
  Path dir;

  @Test
  void loadsTheCompiledDictionariesWithTheFieldFilesKnownQuirks() {
    EventModel model = EventModel.load();

    assertThat(model.warnings()).isEqualTo(20);
    assertThat(model.plover().lookup("042")).isPresent();
  }

  @Test
  void compilerOutputIsByteForByteRepeatable() throws Exception {
    assumeTrue(Files.isDirectory(KB), "../shared/data/kb is absent");
    Path first = Files.createDirectory(dir.resolve("first"));
    Path second = Files.createDirectory(dir.resolve("second"));

    DictionaryCompiler.compile(KB, first);
    DictionaryCompiler.compile(KB, second);

    for (String name : DictionaryCompiler.FILES) {
      assertThat(Files.readAllBytes(first.resolve(name + ".gz")))
          .isEqualTo(Files.readAllBytes(second.resolve(name + ".gz")));
    }
  }
}
