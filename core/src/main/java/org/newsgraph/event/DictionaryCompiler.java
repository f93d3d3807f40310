package org.newsgraph.event;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Copies the field's dictionaries the coder needs for real news (the CAMEO 2.0 verbs, the Phoenix actor, agent and
 * discard files of PETRARCH2, MIT) from {@code ../shared/data/kb} into gzip resources of their original format, so
 * the readers load them unchanged. Deterministic: gzip headers carry no time stamp. Run from the repository root:
 *
 * <pre>java -cp core/target/classes org.newsgraph.event.DictionaryCompiler \
 *   ../shared/data/kb core/src/main/resources/org/newsgraph/event</pre>
 */
public final class DictionaryCompiler {

  /** The source files, copied under their own names with {@code .gz} appended. */
  static final List<String> FILES = List.of(EventModel.VERBS, EventModel.AGENTS, EventModel.DISCARDS,
      EventModel.ACTORS.get(0), EventModel.ACTORS.get(1), EventModel.ACTORS.get(2));

  private DictionaryCompiler() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: DictionaryCompiler KB_DIR OUT_DIR");
      System.exit(2);
    }
    compile(Path.of(args[0]), Path.of(args[1]));
  }

  /** Writes {@code name.gz} in {@code out} for each source file in {@code kb}. */
  static void compile(Path kb, Path out) throws IOException {
    for (String name : FILES) {
      Path source = kb.resolve(name);
      if (!Files.isRegularFile(source)) {
        throw new IOException("dictionary " + source + " is missing");
      }
      try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(out.resolve(name + ".gz")), 1 << 16)) {
        Files.copy(source, gz);
      }
    }
  }
}
