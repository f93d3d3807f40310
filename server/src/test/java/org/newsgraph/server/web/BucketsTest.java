package org.newsgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Interval;

class BucketsTest {

  @Test
  void emptyDaysBetweenTwoCountedDaysAreFilledWithZero() {
    List<Map.Entry<String, Long>> days = Buckets.filled(List.of(new FacetCount("2024-02-27", 2),
        new FacetCount("2024-03-01", 1)), Interval.DAY);
    assertThat(days).extracting(Map.Entry::getKey).containsExactly("2024-02-27", "2024-02-28", "2024-02-29",
        "2024-03-01");
    assertThat(days).extracting(Map.Entry::getValue).containsExactly(2L, 0L, 0L, 1L);
  }

  @Test
  void weeksAcrossANewYearFollowIsoWeekNumbers() {
    List<Map.Entry<String, Long>> weeks = Buckets.filled(List.of(new FacetCount("2024-W52", 1),
        new FacetCount("2025-W02", 3)), Interval.WEEK);
    assertThat(weeks).extracting(Map.Entry::getKey).containsExactly("2024-W52", "2025-W01", "2025-W02");
  }

  @Test
  void labelsThatAreNotDatesAreKeptAsTheyCome() {
    List<Map.Entry<String, Long>> odd = Buckets.filled(List.of(new FacetCount("soon", 1),
        new FacetCount("later", 2)), Interval.MONTH);
    assertThat(odd).extracting(Map.Entry::getKey).containsExactly("soon", "later");
  }
}
