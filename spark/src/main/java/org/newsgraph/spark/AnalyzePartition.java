package org.newsgraph.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.TaskCompletionListener;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.pipeline.BatchAnalyzer;
import org.newsgraph.pipeline.Outcome;

/**
 * Analyzes one partition of source records with this executor's pipeline and yields their table rows. Records are
 * taken a few at a time, so a task holds a small batch of analyses in memory, never its whole partition; each bad
 * record or document over the time limit becomes an error row and the task goes on.
 */
final class AnalyzePartition implements FlatMapFunction<Iterator<SourceRecord>, TableRow> {

  /** Records analyzed per step: enough to keep the batch's workers fed, few enough to bound memory. */
  private static final int STEP = 8;

  private final JobOptions options;

  AnalyzePartition(JobOptions options) {
    this.options = options;
  }

  @Override
  public Iterator<TableRow> call(Iterator<SourceRecord> records) {
    TaskContext task = TaskContext.get();
    // A task given several cores (spark.task.cpus) runs as many workers over the shared pipeline.
    int threads = task == null ? 1 : Math.max(1, task.cpus());
    // The executor's engine, with this job's limits (a JVM may serve jobs with different ones).
    BatchAnalyzer analyzer = new BatchAnalyzer(ExecutorPipeline.get().pipeline(), options.batchOptions(threads));
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) context -> analyzer.close());
    }
    return new Rows(records, analyzer, new FactRows(new AnalysisJson()));
  }

  private static final class Rows implements Iterator<TableRow> {
    private final Iterator<SourceRecord> records;
    private final BatchAnalyzer analyzer;
    private final FactRows facts;
    private final Deque<TableRow> ready = new ArrayDeque<>();

    Rows(Iterator<SourceRecord> records, BatchAnalyzer analyzer, FactRows facts) {
      this.records = records;
      this.analyzer = analyzer;
      this.facts = facts;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && records.hasNext()) {
        step();
      }
      if (ready.isEmpty()) {
        analyzer.close();
        return false;
      }
      return true;
    }

    @Override
    public TableRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.removeFirst();
    }

    private void step() {
      List<SourceRecord> batch = new ArrayList<>(STEP);
      while (batch.size() < STEP && records.hasNext()) {
        batch.add(records.next());
      }
      // Outcomes come back one per input, in input order, so the n-th outcome is the n-th record's.
      Iterator<SourceRecord> sources = batch.iterator();
      analyzer.analyze(batch.stream().map(SourceRecord::toIngested).iterator(),
          (Outcome outcome) -> ready.addAll(facts.of(outcome, sources.next())));
    }
  }
}
