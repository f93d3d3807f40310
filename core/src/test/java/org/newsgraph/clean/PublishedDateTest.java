package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublishedDateTest {

  @Test
  void readsMonthDayYear() {
    assertThat(PublishedDate.parse("May 16, 2022")).contains("2022-05-16");
    assertThat(PublishedDate.parse("Sept. 3, 2021")).contains("2021-09-03");
    assertThat(PublishedDate.parse("Monday, May 16, 2022")).contains("2022-05-16");
  }

  @Test
  void readsDayMonthYear() {
    assertThat(PublishedDate.parse("16 May 2022")).contains("2022-05-16");
  }

  @Test
  void keepsTheSourcePrecision() {
    assertThat(PublishedDate.parse("2022-05-16")).contains("2022-05-16");
    assertThat(PublishedDate.parse("2022-05-16T09:30:00-04:00")).contains("2022-05-16T09:30:00-04:00");
    assertThat(PublishedDate.parse("2022-05-16 09:30:00")).contains("2022-05-16T09:30:00");
    assertThat(PublishedDate.parse("Mon, 16 May 2022 13:30:00 GMT")).contains("2022-05-16T13:30:00Z");
  }

  @Test
  void readsSlashedNumericDates() {
    assertThat(PublishedDate.parse("2022/05/16")).contains("2022-05-16");
  }

  @Test
  void rejectsWhatIsNoDate() {
    assertThat(PublishedDate.parse("last Tuesday")).isEmpty();
    assertThat(PublishedDate.parse("May 32, 2022")).isEmpty();
    assertThat(PublishedDate.parse(null)).isEmpty();
  }

  @Test
  void wholeDateMeansNothingElseOnTheLine() {
    assertThat(PublishedDate.isWholeDate("May 16, 2022")).isTrue();
    assertThat(PublishedDate.isWholeDate("May 16, 2022, the council met")).isFalse();
  }

  @Test
  void aTimeAfterTheDateStillMakesAWholeDate() {
    assertThat(PublishedDate.isWholeDate("May 16, 2022, 5:30 PM ET")).isTrue();
    assertThat(PublishedDate.isWholeDate("16 May 2022 at 10:04 a.m.")).isTrue();
    assertThat(PublishedDate.parse("May 16, 2022, 5:30 PM ET")).contains("2022-05-16");
  }

  @Test
  void findsADateAfterALabelAndATime() {
    assertThat(PublishedDate.find("Updated 6:14 am CST, Thursday, March 6, 2025")).contains("2025-03-06");
    assertThat(PublishedDate.find("Dana Whitfield 2025-03-06 17:27:46")).contains("2025-03-06T17:27:46");
  }

  @Test
  void aPlaceholderYearIsNoDate() {
    assertThat(PublishedDate.parse("0001-01-01T00:00:00Z")).isEmpty();
  }
}
