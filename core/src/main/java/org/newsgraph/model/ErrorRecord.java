package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** What stands in the output for an input that could not be analyzed: which input, and why. */
@JsonPropertyOrder({"schema", "input", "error"})
public record ErrorRecord(String schema, String input, Problem error) {

  /** A machine-readable code and a sentence for people. */
  public record Problem(String code, String message) {}

  public static ErrorRecord of(String input, String code, String message) {
    return new ErrorRecord(Analysis.SCHEMA, input, new Problem(code, message));
  }
}
