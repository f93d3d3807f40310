package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field's own dictionaries in ../shared/data/kb read unchanged; skipped when the folder is absent. */
class FieldDictionariesTest {

  private static final Path KB = Path.of("..", "..", "shared", "data", "kb");

  @Test
  void phoenixAndCameoDictionariesReadInLenientMode() {
    assumeTrue(Files.isDirectory(KB), "../shared/data/kb is absent");
    List<String> warnings = new ArrayList<>();

    EventDictionaries dictionaries = EventDictionaries.load(KB.resolve("CAMEO.2.0.txt"),
        List.of(KB.resolve("Phoenix.Countries.actors.txt"), KB.resolve("Phoenix.International.actors.txt"),
            KB.resolve("Phoenix.MilNonState.actors.txt")),
        KB.resolve("Phoenix.agents.txt"), KB.resolve("Phoenix.discards.txt"), ParseMode.LENIENT, warnings::add);

    assertThat(dictionaries.verbs().patternCount()).isGreaterThan(4000);
    assertThat(dictionaries.actors().size()).isGreaterThan(10_000);
    assertThat(dictionaries.agents().size()).isGreaterThan(1000);
    assertThat(dictionaries.discards().size()).isGreaterThan(100);
    assertThat(dictionaries.actors().longestAt(List.of("AFGHANISTAN"), 0)).isPresent();
  }
}
