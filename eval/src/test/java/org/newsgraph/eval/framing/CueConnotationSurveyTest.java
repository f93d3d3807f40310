package org.newsgraph.eval.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.quote.PolnearArticle;
import org.newsgraph.eval.quote.Relation;
import org.newsgraph.eval.quote.Span;
import org.newsgraph.framing.Connotations;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.nlp.Token;

class CueConnotationSurveyTest {

  /** Splits at spaces; the lemma of a word ending in "ed" drops the "d" or "ed" the way the tests need. */
  private static final TextAnnotator WORDS = (text, anchor) -> {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String word : text.split(" ")) {
      String lemma = switch (word) {
        case "whined" -> "whine";
        case "said" -> "say";
        case "noted" -> "note";
        default -> word;
      };
      tokens.add(new Token(tokens.size(), 0, at, at + word.length(), word, "VBD", lemma, "O", null));
      at += word.length() + 1;
    }
    return new Annotated(text, tokens, List.of(), List.of(), List.of());
  };

  private static Relation cueAt(String text, String cue) {
    int start = text.indexOf(cue);
    return new Relation(Span.empty(), Span.of(start, start + cue.length()), Span.of(0, 3));
  }

  @Test
  void countsEachGoldCueByItsConnotationPerOutlet() {
    String first = "Lee whined that taxes rose and Kim said so";
    String second = "Ray noted that rents fell and Ann mused so";
    List<PolnearArticle> articles = List.of(
        new PolnearArticle("a1", first, List.of(cueAt(first, "whined"), cueAt(first, "said"))),
        new PolnearArticle("b1", second, List.of(cueAt(second, "noted"), cueAt(second, "mused"))));
    List<OutletCues> outlets = new CueConnotationSurvey(WORDS, Connotations.load(), null)
        .survey(articles, Map.of("a1", "alpha", "b1", "beta"));
    assertThat(outlets).extracting(OutletCues::outlet).containsExactly("alpha", "beta");
    assertThat(outlets.get(0).byConnotation()).containsExactlyInAnyOrderEntriesOf(
        Map.of("negative", 1, "neutral", 1));
    assertThat(outlets.get(0).loadedWords()).containsExactlyEntriesOf(Map.of("whine", 1));
    assertThat(outlets.get(1).byConnotation()).containsExactlyInAnyOrderEntriesOf(
        Map.of("positive", 1, CueConnotationSurvey.UNLISTED, 1));
  }

  @Test
  void reportsShareOfNegativeAmongListedCuesWithATotalRow() {
    OutletCues outlet = new OutletCues("alpha", 1, 4, Map.of("neutral", 3, "negative", 1, "unlisted", 0),
        Map.of("whine", 1), Map.of());
    String table = CueSurveyReport.table(List.of(outlet));
    assertThat(table).contains("| alpha | 1 | 4 | 3 | 0 | 1 | 0 | 25.0 | 0.0 | whine 1 |").contains("| **all** |");
  }
}
