package org.newsgraph.pipeline;

import java.util.Optional;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.ErrorRecord;

/** What became of one input: its analysis, or the error record that stands in for it. */
public sealed interface Outcome permits Outcome.Analyzed, Outcome.Failed {

  /** The input's name, as error records and output files use it. */
  String input();

  /** The value written for this input: an {@link Analysis} or an {@link ErrorRecord}. */
  Object record();

  default Optional<Analysis> analyzed() {
    return this instanceof Analyzed analyzed ? Optional.of(analyzed.analysis()) : Optional.empty();
  }

  default boolean failed() {
    return this instanceof Failed;
  }

  /** An input that was analyzed. */
  record Analyzed(String input, Analysis analysis) implements Outcome {
    @Override
    public Object record() {
      return analysis;
    }
  }

  /** An input that could not be analyzed, and why. */
  record Failed(String input, ErrorRecord error) implements Outcome {
    @Override
    public Object record() {
      return error;
    }
  }
}
