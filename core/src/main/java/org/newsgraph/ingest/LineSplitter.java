package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Splits a byte stream into lines at {@code \n}, holding at most a limit of bytes of any one line in memory. */
final class LineSplitter {

  /** One line without its terminator; {@code tooLong} lines were skipped to their end and carry no bytes. */
  record Line(int number, byte[] bytes, boolean tooLong) {}

  private final InputStream in;
  private final int limit;
  private int number;
  private boolean done;

  LineSplitter(InputStream in, int limit) {
    this.in = in;
    this.limit = limit;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    if (done) {
      return null;
    }
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean tooLong = false;
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (line.size() < limit) {
        line.write(b);
      } else {
        tooLong = true;
      }
    }
    if (b == -1) {
      done = true;
      if (line.size() == 0 && !tooLong) {
        return null;
      }
    }
    number++;
    return new Line(number, tooLong ? new byte[0] : line.toByteArray(), tooLong);
  }
}
