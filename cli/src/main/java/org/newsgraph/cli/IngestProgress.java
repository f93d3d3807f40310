package org.newsgraph.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.pipeline.Outcome;
import org.newsgraph.store.ingest.IngestListener;
import org.newsgraph.store.ingest.IngestSummary;

/** A terminal progress bar for an ingest: inputs done of total, articles/s, time left, errors so far. */
final class IngestProgress implements IngestListener, AutoCloseable {

  private ProgressBar bar;

  @Override
  public void started(long items, long sourcesAlreadyDone) {
    bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(items).setStyle(ProgressBarStyle.ASCII)
        .setUnit(" articles", 1).showSpeed().setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
        .setUpdateIntervalMillis(500).setMaxRenderedLength(110).continuousUpdate().build();
    bar.setExtraMessage(sourcesAlreadyDone == 0 ? "" : sourcesAlreadyDone + " input(s) done before");
  }

  @Override
  public void stored(Outcome outcome, IngestSummary sofar) {
    if (sofar.items() > bar.getMax()) {
      bar.maxHint(sofar.items());
    }
    bar.stepTo(sofar.items());
    bar.setExtraMessage(sofar.errors() + " error(s)");
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }

}
