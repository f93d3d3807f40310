package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageFurnitureTest {

  @Test
  void aTimestampWithItsLabelIsFurniture() {
    assertThat(PageFurniture.is("Updated 6:14 am CST, Thursday, March 6, 2025")).isTrue();
    assertThat(PageFurniture.is("First Published on Mar 6, 2025 01:38 pm")).isTrue();
    assertThat(PageFurniture.is("6 Mar 2025, 19:09")).isTrue();
  }

  @Test
  void aBylineWithOrWithoutADateIsFurniture() {
    assertThat(PageFurniture.is("By Dana Whitfield")).isTrue();
    assertThat(PageFurniture.is("03/06/2025 by Dana Whitfield")).isTrue();
    assertThat(PageFurniture.is("Dana Whitfield 2025-03-06 17:27:46")).isTrue();
  }

  @Test
  void aBareAddressAndACopyrightLineAreFurniture() {
    assertThat(PageFurniture.is("https://www.valleycourier.example/news/bridge-closes-4411.php")).isTrue();
    assertThat(PageFurniture.is("Copyright © 2025 Valley Courier. All rights reserved.")).isTrue();
  }

  @Test
  void aShortSentenceWithADateIsText() {
    assertThat(PageFurniture.is("The vote is set for March 6, 2025.")).isFalse();
    assertThat(PageFurniture.is("By Tuesday, the river had crested.")).isFalse();
    assertThat(PageFurniture.is("By then the council had met twice.")).isFalse();
  }

  @Test
  void aLongParagraphIsTextWhateverItStartsWith() {
    assertThat(PageFurniture.is("By March 6, 2025, the county had spent more than $2 million on repairs to the "
        + "bridge and the roads that lead to it, the report said.")).isFalse();
  }
}
