package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TestAnnotator;
import org.newsgraph.nlp.Token;

class EventCoderRandomInputTest {

  private static final String[] WORDS = {"Norland", "Southia", "accused", "sent", "aid", "to", "by", "was", "not",
      "and", "the", "government", "police", ",", "-", "Dol_Amroth", "of", "who", "it", "said", "that", "will",
      "Norland's", "troops", "(", ")", "n't", "never", "from", "sent", "."};

  private static final LocalDate DATE = LocalDate.of(2024, 3, 14);

  private final EventCoder coder = new EventCoder(new EventDictionaries(
      new VerbDictionaryReader(ParseMode.STRICT, w -> {}).read("verbs", new StringReader("""
          &HELP
          +AID
          --- ACCUSE [112] ---
          ACCUSE
          SAY {SAID}
          --- SEND [---] ---
          SEND {SENT}
          - + * &HELP TO $ [073:074]
          - % * ^ FROM + [075]
          """)),
      ActorDictionary.of(new ActorDictionaryReader(ParseMode.STRICT, w -> {}).read("actors",
          new StringReader("NORLAND [NRL]\nSOUTHIA [STH/EMK]\nDOL_AMROTH [DOL]\n"))),
      AgentDictionary.of(new AgentDictionaryReader(ParseMode.STRICT, w -> {}).read("agents",
          new StringReader("GOVERNMENT [~GOV]\nPOLICE {} [~COP]\nTROOPS {} [~MIL]\n"))),
      DiscardList.empty()));

  @Test
  void randomWordSequencesNeverThrowAndEvidenceStaysInTheText() {
    Random random = new Random(20241125);
    for (int n = 0; n < 40; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(18);
      for (int i = 0; i < length; i++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? "" : " ");
      }
      String input = text.toString().strip();
      if (input.isEmpty()) {
        continue;
      }
      Annotated annotated = TestAnnotator.get().annotate(input, DATE);
      for (Sentence sentence : annotated.sentences()) {
        for (boolean dyad : new boolean[] {true, false}) {
          for (Coding c : coder.code(annotated, sentence, DATE, new CoderOptions(dyad)).codings()) {
            assertThat(c.start()).as(input).isBetween(sentence.start(), sentence.end());
            assertThat(c.end()).as(input).isBetween(c.start() + 1, sentence.end());
            assertThat(c.source()).isNotEmpty();
            assertThat(c.target()).isNotEmpty();
          }
        }
      }
    }
  }

  @Test
  void sentenceWithoutADependencyParseIsCodedWithoutFailing() {
    String text = "Norland accused Southia.";
    List<Token> tokens = List.of(new Token(0, 0, 0, 7, "Norland", "NNP", "Norland", "O", null),
        new Token(1, 0, 8, 15, "accused", "VBD", "accuse", "O", null),
        new Token(2, 0, 16, 23, "Southia", "NNP", "Southia", "O", null),
        new Token(3, 0, 23, 24, ".", ".", ".", "O", null));
    Sentence sentence = new Sentence(0, 0, 24, 0, 4, List.of());
    Annotated annotated = new Annotated(text, tokens, List.of(sentence), List.of(), List.of());

    assertThatCode(() -> coder.code(annotated, sentence, DATE, new CoderOptions(false))).doesNotThrowAnyException();
  }
}
