package org.newsgraph.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimeType;
import org.newsgraph.nlp.TestAnnotator;

class TimeNormalizerTest {

  private static final LocalDate MONDAY = LocalDate.of(2022, 5, 16);
  private static final LocalDate WEDNESDAY = LocalDate.of(2022, 5, 18);

  private final TimeNormalizer normalizer = new TimeNormalizer();

  private List<TimeExpression> times(String text, LocalDate anchor) {
    return normalizer.normalize(TestAnnotator.get().annotate(text, anchor), anchor);
  }

  private TimeExpression only(String text, LocalDate anchor) {
    List<TimeExpression> times = times(text, anchor);
    assertThat(times).hasSize(1);
    return times.get(0);
  }

  @Test
  void resolvesWeekdayToThePastInPastTenseClause() {
    assertThat(only("The minister said Friday that the talks had failed.", WEDNESDAY).value())
        .isEqualTo("2022-05-13");
  }

  @Test
  void resolvesWeekdayInPresentTenseClauseTheSameWhateverWasAnnotatedBefore() {
    String present = "The committee meets Friday to discuss the budget.";
    String before = only(present, WEDNESDAY).value();

    // SUTime carries what one text's tense taught it to the next text (CoreNLP issue 1061).
    times("Officials said last Friday that the talks had collapsed on Friday.", WEDNESDAY);

    assertThat(only(present, WEDNESDAY).value()).isEqualTo(before).isEqualTo("2022-05-20");
  }

  @Test
  void resolvesWeekdayToTheFutureInFutureTenseClause() {
    assertThat(only("The minister will travel to Paris on Friday.", WEDNESDAY).value()).isEqualTo("2022-05-20");
  }

  @Test
  void resolvesWeekdayToTheFutureUnderVerbOfExpectation() {
    assertThat(only("The council is expected to vote Friday.", WEDNESDAY).value()).isEqualTo("2022-05-20");
  }

  @Test
  void readsThisWeekendInPastTenseAsTheWeekendJustPast() {
    assertThat(only("The foreign ministers met in Vienna this weekend.", MONDAY).value()).isEqualTo("2022-W19-WE");
  }

  @Test
  void readsThisWeekendInFutureTenseAsTheComingWeekend() {
    assertThat(only("The foreign ministers will meet in Vienna this weekend.", MONDAY).value())
        .isEqualTo("2022-W20-WE");
  }

  @Test
  void resolvesMonthToThePastInPastTenseClause() {
    assertThat(only("Sales rose 5% in March.", LocalDate.of(1989, 10, 30)).value()).isEqualTo("1989-03");
  }

  @Test
  void resolvesMonthToTheFutureInFutureTenseClause() {
    assertThat(only("The plant will close in December.", LocalDate.of(2022, 3, 2)).value()).isEqualTo("2022-12");
  }

  @Test
  void resolvesDayOfMonthToThePastInPastTenseClause() {
    assertThat(only("The old plant closed on March 31.", LocalDate.of(1989, 10, 30)).value())
        .isEqualTo("1989-03-31");
  }

  @Test
  void leavesDateThatModifiesANounToTheAnnotator() {
    assertThat(only("The board declared a dividend payable Dec. 7.", LocalDate.of(1989, 10, 27)).value())
        .isEqualTo("1989-12-07");
  }

  @Test
  void resolvesQuarterToThePastInPastTenseClause() {
    assertThat(only("The firm said second-quarter profit fell sharply.", LocalDate.of(1989, 11, 1)).value())
        .isEqualTo("1989-Q2");
  }

  @Test
  void readsLastJuneAsTheMostRecentJune() {
    assertThat(only("Prices peaked last June.", LocalDate.of(1989, 10, 30)).value()).isEqualTo("1989-06");
  }

  @Test
  void dropsOrdinalCountOfDays() {
    assertThat(times("The siege of the port entered its 100th day.", MONDAY)).isEmpty();
  }

  @Test
  void keepsOrdinalThatCountsWithinADuration() {
    assertThat(only("Profit rose 8% in the first nine months.", MONDAY).text()).isEqualTo("the first nine months");
  }

  @Test
  void readsThisFiscalYearAsTheYearNotADuration() {
    TimeExpression time = only("The agency has spent $5 million this fiscal year.", MONDAY);
    assertThat(time.text()).isEqualTo("this fiscal year");
    assertThat(time.type()).isEqualTo(TimeType.DATE);
    assertThat(time.value()).isEqualTo("2022");
  }

  @Test
  void readsLastFiscalYearAsThePreviousYear() {
    assertThat(only("The agency spent $5 million last fiscal year.", MONDAY).value()).isEqualTo("2021");
  }

  @Test
  void takesTheArticleIntoTheFiscalYearSpan() {
    assertThat(only("Sales reached $6 billion in the latest fiscal year.", MONDAY).text())
        .isEqualTo("the latest fiscal year");
  }

  @Test
  void dropsAges() {
    assertThat(times("A 6-year-old boy and his 52-year-old father were rescued.", MONDAY)).isEmpty();
  }

  @Test
  void dropsOnceUsedAsAConjunction() {
    assertThat(times("Once the deal closes, the company will cut jobs.", MONDAY)).isEmpty();
  }

  @Test
  void dropsTimeWordInsideOutletName() {
    assertThat(times("The story was first reported by the Daily Beast.", MONDAY)).isEmpty();
  }

  @Test
  void dropsTimeWordInsideTitleCasedHeadline() {
    assertThat(times("Read more: Troops Are Now Leaving the Front Lines in Droves", MONDAY)).isEmpty();
  }

  @Test
  void keepsWeekdayNameBesideProperNoun() {
    assertThat(only("The leaders went to the Kremlin Monday to talk.", WEDNESDAY).value()).isEqualTo("2022-05-16");
  }

  @Test
  void keepsOffsetsOnTheText() {
    String text = "Officials met last week and will meet again this fiscal year.";
    assertThat(times(text, MONDAY)).isNotEmpty()
        .allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
  }

  @Test
  void leavesRelativeDatesAloneWithoutAnAnchor() {
    assertThat(times("The minister will travel to Paris on Friday.", null))
        .extracting(TimeExpression::text).containsExactly("Friday");
  }

  @Test
  void readsTheVerbLastBeforeALengthOfTimeAsThatDuration() {
    String text = "Repairs to the bridge begin in June and are expected to last about 18 months.";
    TimeExpression lasting = times(text, MONDAY).get(1);

    assertThat(lasting.text()).isEqualTo("about 18 months");
    assertThat(text.substring(lasting.start(), lasting.end())).isEqualTo("about 18 months");
    assertThat(lasting.type()).isEqualTo(TimeType.DURATION);
    assertThat(lasting.value()).isEqualTo("P18M");
  }

  @Test
  void keepsLastAsAnAdjectiveWhereItNamesThePastPeriod() {
    TimeExpression past = only("Prices have doubled over the last three years.", MONDAY);

    assertThat(past.text()).isEqualTo("the last three years");
  }

  @Test
  void splitsALengthOfTimeFromTheDateItFallsIn() {
    String text = "The library will stay open until midnight for three weeks this spring, the board decided.";
    List<TimeExpression> times = times(text, MONDAY);

    assertThat(times).extracting(TimeExpression::text).contains("three weeks", "this spring");
    assertThat(times).filteredOn(t -> t.text().equals("three weeks")).singleElement()
        .satisfies(t -> assertThat(t.value()).isEqualTo("P3W"));
    assertThat(times).filteredOn(t -> t.text().equals("this spring")).singleElement()
        .satisfies(t -> assertThat(t.value()).isEqualTo("2022-SP"));
    assertThat(times).allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
  }

  @Test
  void splitsAVagueLengthOfTimeFromTheMonthItFallsIn() {
    List<TimeExpression> times = times("Two branches closed for several days in January.", MONDAY);

    assertThat(times).extracting(TimeExpression::text, TimeExpression::value)
        .contains(org.assertj.core.groups.Tuple.tuple("several days", "PXD"),
            org.assertj.core.groups.Tuple.tuple("January", "2022-01"));
  }
}
