package org.newsgraph.ingest;

/** Thrown when an input cannot become an article; its code and message go into the error record. */
public final class RejectedInputException extends Exception {

  /** Machine-readable reasons an input is rejected. */
  public enum Reason {
    EMPTY_INPUT,
    BINARY_INPUT,
    BAD_ENCODING,
    TOO_LARGE,
    NO_TEXT,
    BAD_JSON,
    BAD_FEED,
    FETCH_FAILED,
    UNREADABLE,
    TIMEOUT,
    ANALYSIS_FAILED
  }

  private final Reason reason;

  public RejectedInputException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public RejectedInputException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
