package org.newsgraph.store.query;

/**
 * Error records of inputs that could not be analyzed.
 *
 * @param text Lucene syntax over the message
 * @param code the error code ({@code BINARY_INPUT}, {@code TIMEOUT})
 */
public record ErrorQuery(String text, String code) implements StoreQuery<ErrorHit> {

  public static ErrorQuery all() {
    return new ErrorQuery(null, null);
  }

  @Override
  public Kind kind() {
    return Kind.ERROR;
  }
}
