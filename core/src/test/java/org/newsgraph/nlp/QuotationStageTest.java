package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Layers;

class QuotationStageTest {

  @Test
  void producesTheQuotationsLayerFromTheAnnotation() {
    String text = "The mayor called the plan “a good start” on Monday.";
    Annotated annotated = TestAnnotator.get().annotate(text, LocalDate.of(2024, 3, 4));
    QuotationStage stage = new QuotationStage();
    List<Quotation> quotations = stage.compute(Document.empty().with(Layers.ANNOTATED, annotated));
    assertThat(stage.requires()).containsExactly(Layers.ANNOTATED);
    assertThat(stage.produces()).isEqualTo(Layers.QUOTATIONS);
    assertThat(quotations).containsExactly(new Quotation(text.indexOf('“'), text.indexOf('”') + 1, true));
  }
}
