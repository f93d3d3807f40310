package org.newsgraph.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TestAnnotator;
import org.newsgraph.quote.QuoteStage;

class FigureExtractorTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2022, 5, 16);

  private static final QuoteStage QUOTES = new QuoteStage();

  private final FigureExtractor extractor = new FigureExtractor();

  /** The figures of a text, sources from its quotes as the quote stage finds them. */
  private List<Figure> figures(String text, List<Entity> entities) {
    Annotated annotated = TestAnnotator.get().annotate(text, PUBLISHED);
    return extractor.extract(annotated, QUOTES.quotes(annotated, entities));
  }

  private List<Figure> figures(String text) {
    return figures(text, List.of());
  }

  private Figure only(String text) {
    List<Figure> figures = figures(text);
    assertThat(figures).hasSize(1);
    return figures.get(0);
  }

  @Test
  void readsDollarSumWithScaleWordAsUsd() {
    Figure figure = only("The agency approved $300 million in new loans.");
    assertThat(figure.text()).isEqualTo("$300 million");
    assertThat(figure.value()).isEqualByComparingTo("300000000");
    assertThat(figure.unit()).isEqualTo("USD");
  }

  @Test
  void readsDecimalWithScaleWord() {
    assertThat(only("The bank set aside 1.5 billion euros for the plan.").value())
        .isEqualByComparingTo("1500000000");
  }

  @Test
  void writesWholeValuesWithoutExponent() {
    assertThat(only("The agency approved $300 million in new loans.").value().toString()).isEqualTo("300000000");
  }

  @Test
  void readsEuroAndPoundSigns() {
    assertThat(figures("Paris pledged €2 billion and London £500 million to the fund."))
        .extracting(Figure::unit).containsExactly("EUR", "GBP");
  }

  @Test
  void readsCurrencyNamedAfterTheNumber() {
    Figure figure = only("The fine came to 500 million rubles.");
    assertThat(figure.text()).isEqualTo("500 million rubles");
    assertThat(figure.unit()).isEqualTo("RUB");
  }

  @Test
  void readsMarkedDollarsAsTheirOwnCurrency() {
    assertThat(figures("Ottawa sent C$40 million, and the city added 300 Canadian dollars per family."))
        .extracting(Figure::unit).containsExactly("CAD", "CAD");
  }

  @Test
  void readsPercentSignAndWord() {
    assertThat(figures("Prices rose 8.3% in April while wages grew 4 per cent."))
        .extracting(Figure::text, Figure::unit)
        .containsExactly(tuple("8.3%", "percent"),
            tuple("4 per cent", "percent"));
  }

  @Test
  void readsThousandsSeparator() {
    assertThat(only("Rebels have lost 12,400 fighters since the spring.").value()).isEqualByComparingTo("12400");
  }

  @Test
  void takesTheModifiedNounAsUnitPastAdjectives() {
    assertThat(only("Officials counted 4,000 Russian soldiers near the border.").unit()).isEqualTo("soldiers");
  }

  @Test
  void readsNumberWordsWithDozen() {
    Figure figure = only("The program reached about three dozen villages.");
    assertThat(figure.value()).isEqualByComparingTo("36");
    assertThat(figure.unit()).isEqualTo("villages");
  }

  @Test
  void readsWhatASumIsFor() {
    assertThat(only("Congress is to vote on $40 billion of aid to the region.").counts()).isEqualTo("aid");
  }

  @Test
  void readsWhatACountMeasures() {
    Figure figure = only("The port still holds 4,000 tons of grain.");
    assertThat(figure.unit()).isEqualTo("tons");
    assertThat(figure.counts()).isEqualTo("grain");
  }

  @Test
  void attributesToSubjectOfTrailingSpeechVerb() {
    assertThat(only("The rebels have lost 12,400 fighters, the army command said on Monday.").source())
        .isEqualTo(new Attribution(null, "the army command"));
  }

  @Test
  void attributesToSubjectOfGoverningReportVerb() {
    assertThat(only("The ministry estimated that 2 million people had fled.").source().name())
        .isEqualTo("The ministry");
  }

  @Test
  void attributesToObjectOfAccordingTo() {
    assertThat(only("Exports fell 12 percent, according to the trade office.").source().name())
        .isEqualTo("the trade office");
  }

  @Test
  void aCueVerbWhoseObjectIsTheFigureDoesNotReportIt() {
    assertThat(only("The surcharge will add about $4 a month to bills, according to the utility.").source().name())
        .isEqualTo("the utility");
  }

  @Test
  void namesSourceByTheEntityWhoseMentionCoversIt() {
    String text = "The Senate will vote on $40 billion of aid, Senate leader Mitch McConnell said Saturday.";
    int start = text.indexOf("Mitch McConnell");
    Entity mcconnell = new Entity("e7", "Mitch McConnell", EntityType.PERSON, List.of(), List.of(), Map.of(),
        List.of(new Mention(start, start + "Mitch McConnell".length(), "Mitch McConnell")));
    assertThat(figures(text, List.of(mcconnell))).singleElement()
        .extracting(Figure::source).isEqualTo(new Attribution("e7", "Mitch McConnell"));
  }

  @Test
  void aFigureInADirectQuoteIsItsSpeakers() {
    assertThat(only("“We have hired 40 new teachers,” Superintendent Maria Gonzalez said.").source().name())
        .contains("Maria Gonzalez");
  }

  @Test
  void leavesSourceEmptyWithoutSpeechVerb() {
    assertThat(only("The administration has provided $300 million in aid this year.").source()).isNull();
  }

  @Test
  void skipsYearsAndDates() {
    assertThat(figures("In 2019, the firm hired 300 workers on May 5.")).extracting(Figure::text)
        .containsExactly("300");
  }

  @Test
  void skipsOrdinalsAndNumbersInNames() {
    assertThat(figures("He served in the 3rd Battalion of the 7th Army and flew on Apollo 11.")).isEmpty();
  }

  @Test
  void skipsNumberThatLabelsTheNounBeforeIt() {
    assertThat(figures("The talks were held in room 12 of the palace.")).isEmpty();
  }

  @Test
  void skipsBareNumbersThatCountNothing() {
    assertThat(figures("He joined the army at 17.")).isEmpty();
  }

  @Test
  void keepsOffsetsOnTheText() {
    String text = "Rebels lost 12,400 fighters and $3.5 million, or 12% of their funds, the army said.";
    assertThat(figures(text)).hasSize(3)
        .allSatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text()));
  }

  @Test
  void readsDecimalValuesExactly() {
    assertThat(only("Turnout was 61.25 percent.").value()).isEqualTo(new BigDecimal("61.25"));
  }
}
