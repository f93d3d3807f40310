package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrlDateTest {

  @Test
  void readsTheDayNewsSitesWriteIntoTheirPaths() {
    assertThat(UrlDate.of("https://courier.example/2025/03/06/bridge-closes/")).contains(LocalDate.of(2025, 3, 6));
    assertThat(UrlDate.of("https://courier.example/news/bridge-closes-2025-03-06.html"))
        .contains(LocalDate.of(2025, 3, 6));
    assertThat(UrlDate.of("https://courier.example/news/20250306/bridge")).contains(LocalDate.of(2025, 3, 6));
  }

  @Test
  void aYearAndMonthOrAnIdIsNoDay() {
    assertThat(UrlDate.of("https://courier.example/2025/03/bridge-closes")).isEmpty();
    assertThat(UrlDate.of("https://courier.example/story/20251399")).isEmpty();
  }
}
