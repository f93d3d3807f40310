package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentDictionaryReaderTest {

  private final List<String> warnings = new ArrayList<>();

  private AgentDictionary read(String text, ParseMode mode) {
    return AgentDictionary.of(new AgentDictionaryReader(mode, warnings::add).read("test.agents",
        new StringReader(text)));
  }

  private AgentEntry find(AgentDictionary dictionary, String phrase) {
    return dictionary.longestAt(List.of(phrase.split(" ")), 0).orElseThrow().entry();
  }

  @Test
  void generatesRegularPluralsOfTheLastWord() {
    AgentDictionary dictionary = read("FOREIGN_MINISTER [~GOVFRM]\nAUTHORITY [~GOV]\n", ParseMode.STRICT);

    assertThat(find(dictionary, "FOREIGN MINISTERS").code()).isEqualTo("GOVFRM");
    assertThat(find(dictionary, "AUTHORITIES").code()).isEqualTo("GOV");
  }

  @Test
  void emptyBracesMeanNoPluralAndListedFormsAreTheOnlyPlurals() {
    AgentDictionary dictionary = read("POLICE {} [~COP]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n",
        ParseMode.STRICT);

    assertThat(dictionary.longestAt(List.of("POLICES"), 0)).isEmpty();
    assertThat(find(dictionary, "ATTORNEYS GENERAL").code()).isEqualTo("JUD");
    assertThat(dictionary.longestAt(List.of("ATTORNEY", "GENERALS"), 0)).isEmpty();
  }

  @Test
  void tildeAfterTheCodePutsItBeforeTheActor() {
    AgentDictionary dictionary = read("RELIEF_AGENCY [  NGO~]\nSOLDIER [~MIL]\n", ParseMode.STRICT);

    assertThat(find(dictionary, "RELIEF AGENCY").prefix()).isTrue();
    assertThat(find(dictionary, "SOLDIER").prefix()).isFalse();
  }

  @Test
  void substitutionSetsExpandWithoutPlurals() {
    AgentDictionary dictionary = read("!PERSON! = MAN, WOMAN, MEN\nCONGRESS!PERSON! [~LEG]\n", ParseMode.STRICT);

    assertThat(find(dictionary, "CONGRESSWOMAN").code()).isEqualTo("LEG");
    assertThat(find(dictionary, "CONGRESSMEN").code()).isEqualTo("LEG");
    assertThat(dictionary.size()).isEqualTo(3);
  }

  @Test
  void undefinedMarkerFailsInStrictModeAndIsSkippedInLenientMode() {
    String text = "!MINIST!_OF_TRADE [~GOV]\n";

    assertThatThrownBy(() -> read(text, ParseMode.STRICT)).hasMessageContaining("test.agents:1:");
    assertThat(read(text, ParseMode.LENIENT).size()).isZero();
    assertThat(warnings).hasSize(1);
  }

  @Test
  void lineWithoutACodeNamesFileAndLine() {
    assertThatThrownBy(() -> read("SOLDIER [~MIL]\nGENERAL\n", ParseMode.STRICT))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageStartingWith("test.agents:2:");
  }
}
