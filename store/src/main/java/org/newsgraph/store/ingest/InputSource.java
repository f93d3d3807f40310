package org.newsgraph.store.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One input of an ingest: a file (folders are walked into their files) or standard input.
 *
 * @param id what the store's record of done inputs knows the source by: the file's absolute path
 * @param path the file as given (names its items in error records), or null for standard input
 */
public record InputSource(String id, Path path) {

  public static final InputSource STDIN = new InputSource("stdin", null);

  public boolean isStdin() {
    return path == null;
  }

  /** Whether its records are JSON Lines, each an item of its own. */
  public boolean isJsonLines() {
    String name = path == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  /** How many items it probably holds: its lines for JSON Lines, else one. */
  public long estimatedItems() {
    if (!isJsonLines()) {
      return 1;
    }
    long lines = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(path)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    } catch (IOException e) {
      return 1;
    }
    return Math.max(1, lines);
  }

  /**
   * The sources of command-line arguments: {@code -} is standard input, a folder gives every file below it (hidden
   * ones left out) in name order, anything else is a file (a missing one becomes its error record when read).
   */
  public static List<InputSource> of(List<String> arguments) {
    List<InputSource> sources = new ArrayList<>();
    for (String argument : arguments) {
      if ("-".equals(argument)) {
        sources.add(STDIN);
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted().forEach(f -> sources.add(file(f)));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path, e);
        }
      } else {
        sources.add(file(path));
      }
    }
    return sources;
  }

  static InputSource file(Path path) {
    return new InputSource(path.toAbsolutePath().normalize().toString(), path);
  }
}
