package org.newsgraph.nlp;

import java.util.List;
import java.util.Set;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.pipeline.Layers;
import org.newsgraph.pipeline.Stage;

/** Finds the text's quoted stretches once ({@link QuotationMarks}), for every stage that reads quotation marks. */
public final class QuotationStage implements Stage<List<Quotation>> {

  @Override
  public String name() {
    return "quotations";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ANNOTATED);
  }

  @Override
  public Layer<List<Quotation>> produces() {
    return Layers.QUOTATIONS;
  }

  @Override
  public List<Quotation> compute(Document document) {
    return QuotationMarks.find(document.get(Layers.ANNOTATED));
  }
}
