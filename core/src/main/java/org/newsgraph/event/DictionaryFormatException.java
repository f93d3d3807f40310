package org.newsgraph.event;

/** A dictionary line that cannot be read; the message names the file and the line. */
public final class DictionaryFormatException extends RuntimeException {

  private final String source;
  private final int line;

  public DictionaryFormatException(String source, int line, String message) {
    super(source + ":" + line + ": " + message);
    this.source = source;
    this.line = line;
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }
}
