package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.ingest.RejectedInputException.Reason;

/**
 * Reads the HTML pages of a web archive (WARC, plain or gzipped record by record as Common Crawl writes them) one
 * record at a time with jwarc: a {@code response} record with an HTML payload and a 2xx status becomes a document
 * named {@code file#N} (N counts every record from 1); any other record is skipped and told to the listener; a
 * broken record becomes an error record and, in a file, reading goes on at the next record that starts well.
 */
final class WarcPages {

  private static final byte[] WARC_MAGIC = "WARC/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final TextDecoder decoder;

  WarcPages(TextDecoder decoder) {
    this.decoder = decoder;
  }

  /** Whether bytes (already unpacked) start a WARC record. */
  static boolean isWarc(byte[] head, int length) {
    if (length < WARC_MAGIC.length) {
      return false;
    }
    for (int i = 0; i < WARC_MAGIC.length; i++) {
      if (head[i] != WARC_MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  /** Reads a WARC file, going on past broken records to the next good one. */
  void read(Path path, String name, ReadOptions options, Consumer<Ingested> sink, ReadListener listener)
      throws IOException {
    if (isGzip(path)) {
      try (InputStream in = java.nio.file.Files.newInputStream(path)) {
        readMembers(in, name, options, sink, listener);
      }
      return;
    }
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        WarcReader warc = new WarcReader(channel)) {
      Pass pass = new Pass(name, options, sink, listener);
      pass.records(warc, new RecordFinder(channel), 0, false);
      pass.finish();
    }
  }

  /** Reads a WARC stream; in a plain (not gzipped) stream a broken record ends the reading. */
  void read(InputStream in, String name, ReadOptions options, Consumer<Ingested> sink, ReadListener listener)
      throws IOException {
    java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in);
    buffered.mark(2);
    boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
    buffered.reset();
    if (gzip) {
      readMembers(buffered, name, options, sink, listener);
      return;
    }
    try (WarcReader warc = new WarcReader(buffered)) {
      Pass pass = new Pass(name, options, sink, listener);
      pass.records(warc, null, 0, false);
      pass.finish();
    }
  }

  /** Each gzip member on its own, as Common Crawl writes them: a broken member costs only its own record. */
  private void readMembers(InputStream in, String name, ReadOptions options, Consumer<Ingested> sink,
      ReadListener listener) throws IOException {
    Pass pass = new Pass(name, options, sink, listener);
    // Headers and the HTTP head of a page fit well within this margin over the page limit.
    int keep = (int) Math.min(Integer.MAX_VALUE - 16, options.maxBytes() + 256 * 1024);
    try (GzipMembers members = new GzipMembers(in)) {
      for (GzipMembers.Member member = members.next(keep); member != null; member = members.next(keep)) {
        if (member.broken()) {
          pass.broken(member.offset(), member.failure());
          continue;
        }
        try (WarcReader warc = new WarcReader(new java.io.ByteArrayInputStream(member.bytes()))) {
          pass.records(warc, null, member.offset(), member.overflowed());
        }
      }
    }
    pass.finish();
  }

  private static boolean isGzip(Path path) throws IOException {
    try (InputStream in = java.nio.file.Files.newInputStream(path)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    }
  }

  /** One reading of one archive: numbers its records across gzip members. */
  private final class Pass {
    private final String name;
    private final ReadOptions options;
    private final Consumer<Ingested> sink;
    private final ReadListener listener;
    private long number;

    Pass(String name, ReadOptions options, Consumer<Ingested> sink, ReadListener listener) {
      this.name = name;
      this.options = options;
      this.sink = sink;
      this.listener = listener;
    }

    void broken(long offset, String why) {
      number++;
      sink.accept(Ingested.rejected(name + "#" + number, Reason.UNREADABLE,
          "broken WARC record at offset " + offset + ": " + why));
    }

    void finish() {
      if (number == 0) {
        sink.accept(Ingested.rejected(name, Reason.EMPTY_INPUT, "the web archive has no records"));
      }
    }

    /**
     * The records of a plain WARC channel; {@code base} is the offset reported for all of them when they come from
     * one gzip member, and {@code cutShort} says the member's bytes were cut at the size limit.
     */
    void records(WarcReader warc, RecordFinder finder, long base, boolean cutShort) throws IOException {
      // A record is handed on only once the next one has been found where its length says: a record whose declared
      // length lies is caught by the record after it failing to parse, and becomes an error record itself.
      Held held = null;
      long offset = base + warc.position();
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = warc.next();
        } catch (IOException | RuntimeException e) {
          if (cutShort && held != null) {
            held.deliver(sink, listener);
            return;
          }
          long resumeAfter;
          if (held != null) {
            sink.accept(Ingested.rejected(held.name, Reason.UNREADABLE, "broken WARC record at offset "
                + held.offset + ": its declared length does not end where the next record starts (" + message(e)
                + ")"));
            resumeAfter = held.offset;
            held = null;
          } else {
            broken(offset, message(e));
            resumeAfter = offset;
          }
          Optional<Long> resume = finder == null ? Optional.empty() : finder.nextAfter(resumeAfter);
          if (resume.isEmpty()) {
            return;
          }
          warc.position(resume.get());
          offset = resume.get();
          continue;
        }
        if (held != null) {
          held.deliver(sink, listener);
          held = null;
        }
        if (next.isEmpty()) {
          return;
        }
        number++;
        held = read(next.get(), name + "#" + number, offset);
        offset = finder == null ? base : warc.position();
      }
    }

    private Held read(WarcRecord record, String recordName, long at) {
      if (!(record instanceof WarcResponse response)) {
        return Held.skipped(recordName, at, record.type());
      }
      try {
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() > 299) {
          return Held.skipped(recordName, at, "HTTP " + http.status());
        }
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
          return Held.skipped(recordName, at, base.isEmpty() ? "no content type" : base);
        }
        int limit = (int) options.maxBytes();
        byte[] body = http.bodyDecoded().stream().readNBytes(limit + 1);
        if (body.length > limit) {
          return Held.of(recordName, at, Ingested.rejected(recordName, Reason.TOO_LARGE, "the page is larger than "
              + "the limit of " + limit + " bytes; raise the limit (--max-bytes) if it is really one article"));
        }
        SourceMetadata metadata = new SourceMetadata(response.target(), null, null, null,
            response.date().toString(), List.of());
        String html = decode(body, charsetOf(type));
        return Held.of(recordName, at, Ingested.accepted(new RawDocument(recordName, html, InputFormat.HTML,
            options.metadata().orElse(metadata))));
      } catch (RejectedInputException e) {
        return Held.of(recordName, at, Ingested.rejected(recordName, e));
      } catch (IOException | RuntimeException e) {
        return Held.of(recordName, at, Ingested.rejected(recordName, Reason.UNREADABLE,
            "broken WARC record at offset " + at + ": " + message(e)));
      }
    }

    /** The HTTP header's charset first (browsers give it precedence); when the bytes refuse it, the page's own. */
    private String decode(byte[] body, Charset declared) throws RejectedInputException {
      Charset forced = options.charset() != null ? options.charset() : declared;
      try {
        return decoder.decode(body, body.length, InputFormat.HTML, forced);
      } catch (RejectedInputException e) {
        if (e.reason() != Reason.BAD_ENCODING || forced == null || options.charset() != null) {
          throw e;
        }
        return decoder.decode(body, body.length, InputFormat.HTML, null);
      }
    }
  }

  private static Charset charsetOf(MediaType type) {
    if (type == null) {
      return null;
    }
    String name = type.parameters().get("charset");
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name.strip().replace("\"", ""));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String message(Throwable e) {
    String text = e.getMessage();
    return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
  }

  /** A record read and not yet handed on: the document or error it gives, or why it is skipped. */
  private record Held(String name, long offset, Ingested item, String skippedWhy) {
    static Held of(String name, long offset, Ingested item) {
      return new Held(name, offset, item, null);
    }

    static Held skipped(String name, long offset, String why) {
      return new Held(name, offset, null, why);
    }

    void deliver(Consumer<Ingested> sink, ReadListener listener) {
      if (item != null) {
        sink.accept(item);
      } else {
        listener.skipped(name, skippedWhy);
      }
    }
  }

  /** Finds where the next record may start after a broken one in a plain archive: the next line starting WARC/1. */
  private static final class RecordFinder {
    private static final int CHUNK = 64 * 1024;
    private final FileChannel channel;
    private final byte[] marker = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    RecordFinder(FileChannel channel) {
      this.channel = channel;
    }

    Optional<Long> nextAfter(long offset) throws IOException {
      long size = channel.size();
      ByteBuffer buffer = ByteBuffer.allocate(CHUNK + marker.length);
      long start = offset + 1;
      byte previous = readByte(offset);
      while (start < size) {
        buffer.clear();
        int read = channel.read(buffer, start);
        if (read <= 0) {
          return Optional.empty();
        }
        byte[] bytes = buffer.array();
        for (int i = 0; i + marker.length <= read; i++) {
          byte before = i == 0 ? previous : bytes[i - 1];
          if (before == '\n' && matches(bytes, i)) {
            return Optional.of(start + i);
          }
        }
        if (read < marker.length) {
          return Optional.empty();
        }
        int advance = read - marker.length + 1;
        previous = bytes[advance - 1];
        start += advance;
      }
      return Optional.empty();
    }

    private byte readByte(long at) throws IOException {
      ByteBuffer one = ByteBuffer.allocate(1);
      return at >= 0 && channel.read(one, at) == 1 ? one.get(0) : (byte) '\n';
    }

    private boolean matches(byte[] bytes, int at) {
      for (int j = 0; j < marker.length; j++) {
        if (bytes[at + j] != marker[j]) {
          return false;
        }
      }
      return true;
    }
  }
}
