package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerbDictionaryReaderTest {

  private static final String DICTIONARY = """
      # A small verb dictionary in the PETRARCH format
      &FUNDS
      +LOANS
      +AID PACKAGE

      &AUX_
      +HAS
      +HAD

      --- PLEDGE  [050] ---
      PLEDGE    # a comment
      PROMISE {PROMISED }
      +HAND_OVER {+HANDS_OVER +HANDED_OVER }
      STAND_+BY [051]
      - * &FUNDS TO +  [0331]
      - + WAS * BY $  [057]
      - % &AUX *  [030:030]
      - NOT_*  [---]
      """;

  private final List<String> warnings = new ArrayList<>();

  private VerbDictionary read(String text, ParseMode mode) {
    return new VerbDictionaryReader(mode, warnings::add).read("test.verbs", new StringReader(text));
  }

  @Test
  void readsBlockWithDefaultCodeVerbsAndPatterns() {
    VerbDictionary dictionary = read(DICTIONARY, ParseMode.STRICT);

    VerbBlock block = dictionary.blocks().get(0);
    assertThat(block.name()).isEqualTo("PLEDGE");
    assertThat(block.code()).isEqualTo(new EventCode("050", null));
    assertThat(block.verbs()).extracting(VerbForm::base).containsExactly("PLEDGE", "PROMISE", "HAND", "BY");
    assertThat(block.patterns()).hasSize(4);
  }

  @Test
  void generatesRegularFormsAndKeepsListedIrregularOnes() {
    VerbDictionary dictionary = read(DICTIONARY, ParseMode.STRICT);

    assertThat(dictionary.senses("PLEDGED", "PLEDGE")).hasSize(1);
    assertThat(dictionary.senses("PLEDGING", null)).hasSize(1);
    assertThat(dictionary.senses("HANDED", null).get(0).form().after()).containsExactly("OVER");
  }

  @Test
  void marksTheVerbWordOfMultiWordVerbsWithPlus() {
    VerbForm standBy = read(DICTIONARY, ParseMode.STRICT).senses("BY", null).get(0).form();

    assertThat(standBy.before()).containsExactly("STAND");
    assertThat(standBy.code()).isEqualTo(new EventCode("051", null));
  }

  @Test
  void expandsSynsetsIntoAlternativePhrasesWithPlurals() {
    VerbPattern pattern = read(DICTIONARY, ParseMode.STRICT).blocks().get(0).patterns().get(0);

    assertThat(pattern.before()).isEmpty();
    assertThat(pattern.after().get(0).phrases())
        .contains(List.of("LOANS"), List.of("AID", "PACKAGE"), List.of("AID", "PACKAGES"));
    assertThat(pattern.after().get(2).kind()).isEqualTo(PatternElement.Kind.TARGET);
    assertThat(pattern.code()).isEqualTo(new EventCode("0331", null));
  }

  @Test
  void aSynsetLabelEndingInUnderscoreGetsNoPlurals() {
    VerbPattern pattern = read(DICTIONARY, ParseMode.STRICT).blocks().get(0).patterns().get(2);

    assertThat(pattern.before().get(1).phrases()).containsExactly(List.of("HAS"), List.of("HAD"));
  }

  @Test
  void readsMarkersAroundTheVerbAndReciprocalCodes() {
    List<VerbPattern> patterns = read(DICTIONARY, ParseMode.STRICT).blocks().get(0).patterns();

    assertThat(patterns.get(1).before()).extracting(PatternElement::kind)
        .containsExactly(PatternElement.Kind.TARGET, PatternElement.Kind.WORDS);
    assertThat(patterns.get(1).after()).extracting(PatternElement::kind)
        .containsExactly(PatternElement.Kind.WORDS, PatternElement.Kind.SOURCE);
    assertThat(patterns.get(2).code()).isEqualTo(new EventCode("030", "030"));
  }

  @Test
  void underscoreJoinsAWordToTheVerb() {
    VerbPattern notPattern = read(DICTIONARY, ParseMode.STRICT).blocks().get(0).patterns().get(3);

    assertThat(notPattern.before().get(0).joinedToNext()).isTrue();
    assertThat(notPattern.code().isNull()).isTrue();
  }

  @Test
  void strictModeNamesFileAndLineOfAHeaderWithTwoCodes() {
    String text = "--- DELAY [120] [031] ---\nDELAY\n";

    assertThatThrownBy(() -> read(text, ParseMode.STRICT))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageStartingWith("test.verbs:1:");
  }

  @Test
  void lenientModeKeepsTheFirstCodeOfAHeaderWithTwoAndWarns() {
    VerbDictionary dictionary = read("--- DELAY [120] [031] ---\nDELAY\n", ParseMode.LENIENT);

    assertThat(dictionary.blocks().get(0).code()).isEqualTo(new EventCode("120", null));
    assertThat(warnings).hasSize(1);
  }

  @Test
  void patternWithAnUndefinedSynsetIsSkippedAsPetrarchDoes() {
    VerbDictionary dictionary = read("--- CALL [010] ---\nCALL\n- * &NOWHERE [011]\n", ParseMode.STRICT);

    assertThat(dictionary.patternCount()).isZero();
    assertThat(warnings).singleElement().asString().contains("&NOWHERE");
  }

  @Test
  void patternOutsideABlockFailsWithItsLine() {
    assertThatThrownBy(() -> read("# header\n- * TALKS [031]\n", ParseMode.LENIENT))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessage("test.verbs:2: pattern outside a verb block");
  }
}
