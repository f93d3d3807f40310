package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuotationMarksTest {

  private static List<String> quoted(String text) {
    Annotated annotated = TestAnnotator.get().annotate(text, LocalDate.of(2024, 3, 4));
    return QuotationMarks.find(annotated).stream().map(q -> text.substring(q.start(), q.end())).toList();
  }

  @Test
  void findsCurlyStraightSingleQuotesAndGuillemets() {
    String text = "He said “one” and \"two\" and ‘three’ and «four».";
    assertThat(quoted(text)).containsExactly("“one”", "\"two\"", "‘three’", "«four»");
  }

  @Test
  void apostrophesOpenNoQuotation() {
    assertThat(quoted("Smith’s plan, the ’90s and the Joneses' car don’t count.")).isEmpty();
  }

  @Test
  void takesNoPossessiveOrDecadeApostropheForAMark() {
    assertThat(quoted("Clinton's aides recalled the '90s and the ‘80s, when the farmers' union was strong."))
        .isEmpty();
  }

  @Test
  void takesNoApostropheTheTokenizerKeepsWithItsWordForAMark() {
    assertThat(quoted("Fans yelled to get 'em out before the farmers' tents came down.")).isEmpty();
  }

  @Test
  void takesTheAndOfRockAndRollForNoQuotation() {
    assertThat(quoted("The club played rock 'n' roll on Fridays and rock ‘n’ roll on Sundays.")).isEmpty();
  }

  @Test
  void stillFindsAWordInStraightSingleMarks() {
    assertThat(quoted("The minister said 'no' to the plan.")).containsExactly("'no'");
  }

  @Test
  void findsAQuotationInsideParentheses() {
    assertThat(quoted("The mayor (“a fine day,” she said) opened the fair.")).containsExactly("“a fine day,”");
  }

  @Test
  void keepsNestedMarksInsideTheOuterQuotation() {
    assertThat(quoted("The memo said “the ‘temporary’ rules stay” until June."))
        .containsExactly("“the ‘temporary’ rules stay”");
  }

  @Test
  void endsNoStraightQuotationAtACurlyMarkInsideIt() {
    String answer = "\"PENCE: She thinks this is an episode of “Shark Tank.” But this is America.";
    assertThat(quoted(answer + "\n\nWALLACE: Thanks.")).containsExactly(answer);
  }

  @Test
  void tellsAClosedQuotationFromOneLeftOpen() {
    Annotated annotated = TestAnnotator.get().annotate("He said “done” and “never closed.", LocalDate.of(2024, 3, 4));
    assertThat(QuotationMarks.find(annotated)).extracting(Quotation::closed).containsExactly(true, false);
  }

  @Test
  void quoteRunningOverParagraphsIsOneQuotation() {
    String text = "She said: “The first part.\n\n“The second part.”\n\nAfter.";
    assertThat(quoted(text)).containsExactly("“The first part.\n\n“The second part.”");
  }

  @Test
  void unclosedMarkEndsAtItsParagraph() {
    String text = "He said “this never closes.\n\nThe next paragraph says “something” else.";
    assertThat(quoted(text)).containsExactly("“this never closes.", "“something”");
  }

  @Test
  void randomTextNeverFailsAndStaysInRange() {
    Random random = new Random(7);
    String alphabet = "ab “”\"'‘’«»\n.,";
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Annotated untokenized = new Annotated(text.toString(), List.of(), List.of(), List.of(), List.of());
      for (Quotation quotation : QuotationMarks.find(untokenized)) {
        assertThat(quotation.start()).isBetween(0, quotation.end());
        assertThat(quotation.end()).isLessThanOrEqualTo(text.length());
      }
    }
  }
}
