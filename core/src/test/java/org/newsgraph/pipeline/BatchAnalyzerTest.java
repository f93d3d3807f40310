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
      if (text.contains("freeze")) {
        sleepIgnoringInterrupts(Duration.ofSeconds(3));
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

  /** Stands for annotator code that never looks at the interrupt flag. */
  private static void sleepIgnoringInterrupts(Duration duration) {
    long end = System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < end) {
      try {
        Thread.sleep(Math.max(1, (end - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        // ignored on purpose
      }
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

  @Test
  void aStuckDocumentThatIgnoresInterruptsNeitherDelaysNorFailsTheNextOne() {
    long started = System.nanoTime();
    List<Outcome> outcomes = run(new BatchOptions(1, Duration.ofMillis(500)),
        doc("stuck.txt", "The markets seemed to freeze for hours."), doc("next.txt", "Trading resumed at noon."));
    long tookMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(((Outcome.Failed) outcomes.get(0)).error().error().code()).isEqualTo("TIMEOUT");
    assertThat(outcomes.get(1).failed()).isFalse();
    assertThat(tookMillis).as("the batch does not wait for the stuck worker").isLessThan(2_500);
  }

  @Test
  void theTimeLimitCountsFromWhenADocumentsAnalysisStarts() {
    // Four documents of 200 ms each on one thread: the last one waits 600 ms, over the limit, before it starts.
    Ingested[] inputs = new Ingested[4];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = doc("slow" + i + ".txt", "Officials said the count was slow number " + i + ".");
    }
    Pipeline pipeline = Pipeline.builder(new ArticleCleaner()).then(new Temperamental())
        .then(new Pause(Duration.ofMillis(200))).build();
    List<Outcome> outcomes = new ArrayList<>();
    try (BatchAnalyzer analyzer = new BatchAnalyzer(pipeline, new BatchOptions(1, Duration.ofMillis(450)))) {
      analyzer.analyze(List.of(inputs).iterator(), outcomes::add);
    }

    assertThat(outcomes).extracting(Outcome::failed).containsOnly(false);
  }

  @Test
  void failFastStopsAfterTheFirstErrorRecord() {
    List<Outcome> outcomes = run(BatchOptions.defaults().withFailFast(true), doc("a.txt", "Markets rose."),
        doc("b.txt", "Officials feared the talks would explode."), doc("c.txt", "Markets fell."));

    assertThat(outcomes).extracting(Outcome::input).containsExactly("a.txt", "b.txt");
  }

  @Test
  void anArticleOverTheTokenLimitIsRejectedNamingTheLimit() {
    BatchOptions options = BatchOptions.defaults().withLimits(new WorkLimits(12, 100, 100, false));

    List<Outcome> outcomes = run(options, doc("long.txt",
        "The council met on Monday. The mayor spoke first. Then the clerk read the minutes aloud."));

    ErrorRecord error = ((Outcome.Failed) outcomes.get(0)).error();
    assertThat(error.error().code()).isEqualTo("TOO_LARGE");
    assertThat(error.error().message()).contains("--max-tokens 12");
  }

  @Test
  void withTruncationAnArticleOverTheLimitKeepsItsWholeSentencesUpToTheLimitAndSaysSo() {
    BatchOptions options = BatchOptions.defaults().withLimits(new WorkLimits(12, 100, 100, true));

    List<Outcome> outcomes = run(options, doc("long.txt",
        "The council met on Monday. The mayor spoke first. Then the clerk read the minutes aloud."));

    var analysis = outcomes.get(0).analyzed().orElseThrow();
    assertThat(analysis.article().text()).isEqualTo("The council met on Monday. The mayor spoke first.");
    assertThat(analysis.truncated().limit()).isEqualTo("max-tokens");
    assertThat(analysis.truncated().originalLength()).isEqualTo(88);
  }

  @Test
  void aTextWithoutSentenceEndsIsOneSentenceAndMeetsTheSentenceLimit() {
    BatchOptions options = BatchOptions.defaults().withLimits(new WorkLimits(1_000, 50, 100, true));

    List<Outcome> outcomes = run(options, doc("run-on.txt", "budget vote council ".repeat(40)));

    ErrorRecord error = ((Outcome.Failed) outcomes.get(0)).error();
    assertThat(error.error().code()).isEqualTo("TOO_LARGE");
    assertThat(error.error().message()).contains("--max-sentence-tokens 50", "no whole sentence");
  }

  @Test
  void aPageWithMoreElementsThanTheLimitIsRejectedBeforeCleaning() {
    BatchOptions options = BatchOptions.defaults().withLimits(new WorkLimits(1_000, 100, 20, true));
    String page = "<html><body><p>" + "<span>vote </span>".repeat(30) + "</p></body></html>";

    List<Outcome> outcomes = run(options, new Ingested.Accepted(RawDocument.html("spans.html", page)));

    ErrorRecord error = ((Outcome.Failed) outcomes.get(0)).error();
    assertThat(error.error().code()).isEqualTo("TOO_LARGE");
    assertThat(error.error().message()).contains("--max-html-elements 20");
  }

  @Test
  void eachAnalysisNamesItsInput() {
    List<Outcome> outcomes = run(BatchOptions.defaults(), doc("feed.jsonl#2", "Markets rose."));

    assertThat(outcomes.get(0).analyzed().orElseThrow().input()).isEqualTo("feed.jsonl#2");
  }

  @Test
  void theDefaultThreadCountIsTheNumberOfCores() {
    assertThat(BatchOptions.defaults().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  /** Takes a fixed time on every document. */
  private record Pause(Duration duration) implements Stage<List<org.newsgraph.model.Quote>> {
    @Override
    public String name() {
      return "pause";
    }

    @Override
    public Set<Layer<?>> requires() {
      return Set.of(Layers.ARTICLE);
    }

    @Override
    public Layer<List<org.newsgraph.model.Quote>> produces() {
      return Layers.QUOTES;
    }

    @Override
    public List<org.newsgraph.model.Quote> compute(Document document) {
      sleepIgnoringInterrupts(duration);
      return List.of();
    }
  }
}
