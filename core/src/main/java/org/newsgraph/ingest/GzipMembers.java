package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Splits a gzip stream into its members, one at a time, as web archives gzip each record on its own. A member that is
 * truncated or corrupt is reported as such and the next member is found by its header, so one bad record never takes
 * the rest of the archive with it. Holds at most {@code keep} unpacked bytes of a member.
 */
final class GzipMembers implements AutoCloseable {

  private static final int BUFFER = 64 * 1024;

  private final PushbackInputStream in;
  private final Inflater inflater = new Inflater(true);
  private final byte[] input = new byte[BUFFER];
  private long position;
  private int lastRead;

  GzipMembers(InputStream in) {
    this.in = new PushbackInputStream(in, BUFFER);
  }

  /** One member: where it starts in the compressed stream, its first unpacked bytes, or why it could not be read. */
  record Member(long offset, byte[] bytes, boolean overflowed, String failure) {
    boolean broken() {
      return failure != null;
    }
  }

  /** The next member, or null at the end of the stream; after a broken one, reading resumes at the next header. */
  Member next(int keep) throws IOException {
    int first = read();
    if (first < 0) {
      return null;
    }
    long offset = position - 1;
    try {
      readHeader(first);
      return inflate(offset, keep);
    } catch (EOFException e) {
      return new Member(offset, new byte[0], false, "truncated gzip member: " + e.getMessage());
    } catch (GzipFormatException | DataFormatException e) {
      skipToNextHeader();
      return new Member(offset, new byte[0], false, "corrupt gzip member: " + e.getMessage());
    }
  }

  private void readHeader(int first) throws IOException, GzipFormatException {
    if (first != 0x1f || readRequired() != 0x8b || readRequired() != 8) {
      throw new GzipFormatException("no gzip header");
    }
    int flags = readRequired();
    skip(6);
    if ((flags & 4) != 0) {
      skip(readRequired() | readRequired() << 8);
    }
    if ((flags & 8) != 0) {
      skipZeroTerminated();
    }
    if ((flags & 16) != 0) {
      skipZeroTerminated();
    }
    if ((flags & 2) != 0) {
      skip(2);
    }
  }

  private Member inflate(long offset, int keep) throws IOException, DataFormatException, GzipFormatException {
    inflater.reset();
    CRC32 crc = new CRC32();
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    byte[] output = new byte[BUFFER];
    long total = 0;
    lastRead = 0;
    while (!inflater.finished()) {
      if (inflater.needsInput()) {
        lastRead = in.read(input);
        if (lastRead < 0) {
          throw new EOFException("the archive ends inside a record");
        }
        position += lastRead;
        inflater.setInput(input, 0, lastRead);
      }
      int produced = inflater.inflate(output);
      if (produced == 0 && inflater.needsDictionary()) {
        throw new DataFormatException("needs a preset dictionary");
      }
      crc.update(output, 0, produced);
      int room = (int) Math.max(0, Math.min(produced, keep - kept.size()));
      kept.write(output, 0, room);
      total += produced;
    }
    int remaining = inflater.getRemaining();
    if (remaining > 0) {
      in.unread(input, lastRead - remaining, remaining);
      position -= remaining;
    }
    long storedCrc = readIntLe();
    long storedSize = readIntLe();
    if (storedCrc != crc.getValue() || storedSize != (total & 0xffffffffL)) {
      throw new GzipFormatException("checksum or length does not match");
    }
    return new Member(offset, kept.toByteArray(), total > keep, null);
  }

  private void skipToNextHeader() throws IOException {
    int remaining = inflater.getRemaining();
    if (remaining > 0 && !inflater.finished()) {
      // Bytes handed to the inflater but not used may hold the next member's header.
      in.unread(input, Math.max(0, lastRead - remaining), remaining);
      position -= remaining;
    }
    inflater.reset();
    int a = -1;
    int b = -1;
    while (true) {
      int c = read();
      if (c < 0) {
        return;
      }
      if (a == 0x1f && b == 0x8b && c == 8) {
        in.unread(new byte[] {0x1f, (byte) 0x8b, 8});
        position -= 3;
        return;
      }
      a = b;
      b = c;
    }
  }

  private int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      position++;
    }
    return b;
  }

  private int readRequired() throws IOException {
    int b = read();
    if (b < 0) {
      throw new EOFException("the archive ends inside a gzip header");
    }
    return b;
  }

  private void skip(int count) throws IOException {
    for (int i = 0; i < count; i++) {
      readRequired();
    }
  }

  private void skipZeroTerminated() throws IOException {
    while (readRequired() != 0) {
      // a file name or comment: not needed
    }
  }

  private long readIntLe() throws IOException {
    return readRequired() | readRequired() << 8 | readRequired() << 16 | (long) readRequired() << 24;
  }

  @Override
  public void close() {
    inflater.end();
  }

  /** The bytes are not gzip as RFC 1952 lays it out. */
  private static final class GzipFormatException extends Exception {
    GzipFormatException(String message) {
      super(message);
    }
  }
}
