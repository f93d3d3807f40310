package org.newsgraph.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarValueTest {

  @Test
  void movesWeekendAcrossTheYearBoundary() {
    assertThat(CalendarValue.parse("2021-W52-WE").orElseThrow().shifted(1, true).value()).isEqualTo("2022-W01-WE");
  }

  @Test
  void movesWeekdayByWeeksAndDateOfMonthByYears() {
    CalendarValue day = CalendarValue.parse("2022-05-20").orElseThrow();
    assertThat(day.shifted(-1, true).value()).isEqualTo("2022-05-13");
    assertThat(day.shifted(-1, false).value()).isEqualTo("2021-05-20");
  }

  @Test
  void spansAQuarterFromItsFirstToItsLastDay() {
    CalendarValue quarter = CalendarValue.parse("1989-Q3").orElseThrow();
    assertThat(quarter.first()).isEqualTo(LocalDate.of(1989, 7, 1));
    assertThat(quarter.last()).isEqualTo(LocalDate.of(1989, 9, 30));
  }

  @Test
  void leavesOtherValuesUnparsed() {
    assertThat(CalendarValue.parse("PRESENT_REF")).isEmpty();
    assertThat(CalendarValue.parse("2022-05-16TMO")).isEmpty();
  }
}
