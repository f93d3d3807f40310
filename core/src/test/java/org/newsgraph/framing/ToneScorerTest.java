package org.newsgraph.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Tone;
import org.newsgraph.nlp.Token;

class ToneScorerTest {

  private final ToneScorer scorer =
      new ToneScorer(new ToneLexicon(Map.of("good", 3, "bad", -3, "awful", -3, "fed up", -3)));

  /** Tokens split at spaces, a full stop its own token. */
  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String word : text.replace(".", " .").split(" ")) {
      tokens.add(new Token(tokens.size(), 0, at, at + word.length(), word, "NN", word, "O", null));
      at += word.length() + 1;
    }
    return tokens;
  }

  @Test
  void scoresPositiveMinusNegativeWordShareInPercent() {
    Tone tone = scorer.score(tokens("good news and bad news and awful news for all."));
    assertThat(tone.words()).isEqualTo(10);
    assertThat(tone.positive()).isEqualTo(10.0);
    assertThat(tone.negative()).isEqualTo(20.0);
    assertThat(tone.score()).isEqualTo(-10.0);
  }

  @Test
  void countsAListedPhraseOnceAndItsWordsAsWords() {
    Tone tone = scorer.score(tokens("voters are fed up"));
    assertThat(tone.words()).isEqualTo(4);
    assertThat(tone.negative()).isEqualTo(25.0);
  }

  @Test
  void scoresATextWithoutWordsZero() {
    assertThat(scorer.score(tokens("42 ."))).isEqualTo(new Tone(0, 0, 0, 0));
  }

  @Test
  void readsTheShippedAfinnLexicon() {
    ToneLexicon afinn = ToneLexicon.afinn();
    assertThat(afinn.valence("good")).isPositive();
    assertThat(afinn.valence("bankruptcy")).isNegative();
    assertThat(afinn.valence("table")).isZero();
  }
}
