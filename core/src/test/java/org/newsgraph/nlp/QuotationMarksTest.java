package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuotationMarksTest {

  private static List<String> quoted(String text) {
    return QuotationMarks.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
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
      for (Quotation quotation : QuotationMarks.find(text.toString())) {
        assertThat(quotation.start()).isBetween(0, quotation.end());
        assertThat(quotation.end()).isLessThanOrEqualTo(text.length());
      }
    }
  }
}
