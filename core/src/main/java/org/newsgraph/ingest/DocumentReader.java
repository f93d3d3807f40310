package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.newsgraph.ingest.RejectedInputException.Reason;

/**
 * Reads inputs (files or streams) into documents, one error record per bad input or JSON Lines record so that a
 * batch goes on. Never trusts its input: at most {@link ReadOptions#maxBytes()} are held in memory (for JSON Lines,
 * per line), gzip is unpacked within the same limit, and bytes are decoded strictly.
 *
 * <p>Thread-safe: it holds no state between calls.
 */
public final class DocumentReader {

  private final FormatSniffer sniffer = new FormatSniffer();
  private final TextDecoder decoder = new TextDecoder();
  private final JsonRecords json = new JsonRecords();
  private final WarcPages warc = new WarcPages(decoder);
  private final FeedItems feeds = new FeedItems();
  private final ReadListener listener;

  /** A reader that passes over skipped records silently. */
  public DocumentReader() {
    this(ReadListener.NONE);
  }

  /** A reader that tells {@code listener} of each record it skips on purpose (web archive records that are not pages). */
  public DocumentReader(ReadListener listener) {
    this.listener = listener;
  }

  /** Reads a file; its path, as given, names it in error records. */
  public List<Ingested> read(Path path, ReadOptions options) {
    List<Ingested> items = new ArrayList<>();
    read(path, options, items::add);
    return items;
  }

  /** Reads a stream named {@code name} ({@code -} for standard input); the stream is not closed. */
  public List<Ingested> read(InputStream in, String name, ReadOptions options) {
    List<Ingested> items = new ArrayList<>();
    read(in, name, options, items::add);
    return items;
  }

  /** Reads a file, handing each item to {@code sink} as soon as it is read (for large JSON Lines feeds). */
  public void read(Path path, ReadOptions options, Consumer<Ingested> sink) {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      sink.accept(Ingested.rejected(name, Reason.UNREADABLE, "is a directory, not a file"));
      return;
    }
    if (!Files.isRegularFile(path)) {
      sink.accept(Ingested.rejected(name, Reason.UNREADABLE, "no such file"));
      return;
    }
    try {
      if (options.format() == InputFormat.WARC || options.format() == null && isWarcFile(path)) {
        warc.read(path, name, options, sink, listener);
        return;
      }
    } catch (IOException e) {
      sink.accept(Ingested.rejected(name, Reason.UNREADABLE, "cannot read the web archive: " + e.getMessage()));
      return;
    }
    try (InputStream in = Files.newInputStream(path)) {
      read(in, name, options, sink);
    } catch (IOException e) {
      sink.accept(Ingested.rejected(name, Reason.UNREADABLE, "cannot read the file: " + e.getMessage()));
    }
  }

  /** Reads a stream, handing each item to {@code sink} as soon as it is read; the stream is not closed. */
  public void read(InputStream in, String name, ReadOptions options, Consumer<Ingested> sink) {
    try {
      InputStream source = unpacked(in);
      int limit = (int) options.maxBytes();
      byte[] head = source.readNBytes(limit + 1);
      InputFormat format = options.format() != null ? options.format() : sniffer.sniff(name, head, head.length);
      if (format == InputFormat.WARC || options.format() == null && WarcPages.isWarc(head, head.length)) {
        warc.read(new SequenceInputStream(new ByteArrayInputStream(head), source), name, options, sink, listener);
        return;
      }
      if (format == InputFormat.JSONL) {
        readLines(new BufferedInputStream(new SequenceInputStream(new ByteArrayInputStream(head), source)), name,
            options, sink);
        return;
      }
      if (head.length > limit) {
        throw tooLarge(limit, "the input");
      }
      if (format == InputFormat.FEED) {
        feeds.read(head, name, options, sink);
        return;
      }
      String content = decoder.decode(head, head.length, format, options.charset());
      if (format == InputFormat.JSON) {
        json.readDocument(name, content, options.metadata(), sink);
      } else {
        sink.accept(Ingested.accepted(new RawDocument(name, content, format, options.metadata())));
      }
    } catch (RejectedInputException e) {
      sink.accept(Ingested.rejected(name, e));
    } catch (ZipException e) {
      sink.accept(Ingested.rejected(name, Reason.UNREADABLE, "corrupt gzip data: " + e.getMessage()));
    } catch (IOException e) {
      sink.accept(Ingested.rejected(name, Reason.UNREADABLE, "cannot read the input: " + e.getMessage()));
    }
  }

  /** A web archive by its first bytes (unpacked when gzipped), whatever the file is called. */
  private static boolean isWarcFile(Path path) throws IOException {
    try (InputStream in = unpacked(Files.newInputStream(path))) {
      byte[] head = in.readNBytes(8);
      return WarcPages.isWarc(head, head.length);
    } catch (ZipException | java.io.EOFException e) {
      return FormatSniffer.extension(path.toString()).equals("warc");
    }
  }

  /** Gzip-compressed input (as web archives and benchmark pages come) is unpacked; the limit then counts unpacked bytes. */
  private static InputStream unpacked(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(buffered) : buffered;
  }

  private void readLines(InputStream in, String name, ReadOptions options, Consumer<Ingested> sink)
      throws IOException {
    LineSplitter lines = new LineSplitter(in, (int) options.maxBytes());
    boolean any = false;
    for (LineSplitter.Line line = lines.next(); line != null; line = lines.next()) {
      String itemName = name + "#" + line.number();
      if (line.tooLong()) {
        any = true;
        sink.accept(Ingested.rejected(itemName, tooLarge(options.maxBytes(), "the line")));
        continue;
      }
      if (isBlankLine(line.bytes())) {
        continue;
      }
      any = true;
      try {
        byte[] bytes = line.number() == 1 ? withoutUtf8Bom(line.bytes()) : line.bytes();
        String text = decoder.decode(bytes, bytes.length, InputFormat.JSONL, options.charset());
        sink.accept(json.readLine(itemName, text, options.metadata()));
      } catch (RejectedInputException e) {
        sink.accept(Ingested.rejected(itemName, e));
      }
    }
    if (!any) {
      sink.accept(Ingested.rejected(name, Reason.EMPTY_INPUT, "the input has no JSON lines"));
    }
  }

  private static RejectedInputException tooLarge(long limit, String what) {
    return new RejectedInputException(Reason.TOO_LARGE, what + " is larger than the limit of " + limit
        + " bytes; raise the limit (--max-bytes) if it is really one article");
  }

  private static boolean isBlankLine(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static byte[] withoutUtf8Bom(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return Arrays.copyOfRange(bytes, 3, bytes.length);
    }
    return bytes;
  }
}
