package org.newsgraph.pipeline;

/** Thrown when a stage fails on a document: names both, and carries what the stage threw as its cause. */
public final class StageFailedException extends RuntimeException {

  private final String stage;
  private final String document;

  public StageFailedException(String stage, String document, Throwable cause) {
    super("stage '" + stage + "' failed on document '" + document + "': " + cause, cause);
    this.stage = stage;
    this.document = document;
  }

  /** The failing stage's {@link Stage#name()}. */
  public String stage() {
    return stage;
  }

  /** The document's name, as in its error record. */
  public String document() {
    return document;
  }
}
