package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.clean.ArticleCleaner;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.model.ErrorRecord;

class BatchAnalyzerTest {

  /** Fails on texts that mention "explode" and stalls on texts that mention "stall". */
  private static final class Temperamental implements Stage<List<org.newsgraph.model.Figure>> {
    @Override
    public String name() {
      return "temperamental";
    }

    @Override
    public Set<Layer<?>> requires() {
      return Set.of(Layers.ARTICLE);
    }

    @Override
    public Layer<List<org.newsgraph.model.Figure>> produces() {
      return Layers.FIGURES;
    }

    @Override
    public List<org.newsgraph.model.Figure> compute(Document document) {
      String text = document.get(Layers.ARTICLE).text();
      if (text.contains("explode")) {
        throw new IllegalStateException("stage bug");
      }
      if (text.contains("stall")) {
        try {
          Thread.sleep(10_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return List.of();
    }
  }

  private static List<Outcome> run(BatchOptions options, Ingested... inputs) {
    Pipeline pipeline = Pipeline.builder(new ArticleCleaner()).then(new Temperamental()).build();
    List<Outcome> outcomes = new ArrayList<>();
    try (BatchAnalyzer analyzer = new BatchAnalyzer(pipeline, options)) {
      analyzer.analyze(List.of(inputs).iterator(), outcomes::add);
    }
    return outcomes;
  }

  private static Ingested doc(String name, String text) {
    return new Ingested.Accepted(RawDocument.text(name, text));
  }

  @Test
  void aFailingDocumentBecomesAnErrorRecordAndTheBatchGoesOn() {
    List<Outcome> outcomes = run(BatchOptions.defaults(), doc("a.txt", "Markets rose."),
        doc("b.txt", "Officials feared the talks would explode."), doc("c.txt", "Markets fell."));

    assertThat(outcomes).extracting(Outcome::input).containsExactly("a.txt", "b.txt", "c.txt");
    assertThat(outcomes).extracting(Outcome::failed).containsExactly(false, true, false);
    ErrorRecord error = ((Outcome.Failed) outcomes.get(1)).error();
    assertThat(error.error().code()).isEqualTo("ANALYSIS_FAILED");
    assertThat(error.error().message()).contains("stage bug");
  }

  @Test
  void aDocumentOverTheTimeLimitBecomesATimeoutRecord() {
    List<Outcome> outcomes = run(new BatchOptions(1, Duration.ofMillis(300)),
        doc("slow.txt", "Negotiators expect the talks to stall."), doc("fast.txt", "Talks resumed."));

    assertThat(((Outcome.Failed) outcomes.get(0)).error().error().code()).isEqualTo("TIMEOUT");
    assertThat(outcomes.get(1).failed()).isFalse();
  }

  @Test
  void outcomesKeepInputOrderWithSeveralThreads() {
    Ingested[] inputs = new Ingested[12];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = doc("n" + i + ".txt", "Report number " + i + " was filed.");
    }

    List<Outcome> outcomes = run(new BatchOptions(3, Duration.ofSeconds(30)), inputs);

    assertThat(outcomes).extracting(Outcome::input)
        .containsExactly("n0.txt", "n1.txt", "n2.txt", "n3.txt", "n4.txt", "n5.txt", "n6.txt", "n7.txt", "n8.txt",
            "n9.txt", "n10.txt", "n11.txt");
  }

  @Test
  void inputsThatFailedToReadPassThroughInPlace() {
    Ingested unreadable = new Ingested.Rejected(
        ErrorRecord.of("broken.html", "BAD_ENCODING", "not valid UTF-8 at byte 12"));

    List<Outcome> outcomes = run(BatchOptions.defaults(), doc("a.txt", "Markets rose."), unreadable);

    assertThat(outcomes).extracting(Outcome::input).containsExactly("a.txt", "broken.html");
    assertThat(outcomes.get(1).failed()).isTrue();
  }

  @Test
  void anEmptyDocumentIsRejectedWithItsReason() {
    List<Outcome> outcomes = run(BatchOptions.defaults(), doc("blank.txt", "   \n  "));

    assertThat(((Outcome.Failed) outcomes.get(0)).error().error().code()).isEqualTo("NO_TEXT");
  }
}
