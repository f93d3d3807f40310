package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.Newsgraph;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.StoreWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph store}: commands about a store as a whole. */
@Command(name = "store", mixinStandardHelpOptions = true, description = "Commands about a store as a whole.",
    subcommands = {StoreCommand.Stats.class, StoreCommand.Optimize.class})
final class StoreCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** {@code newsgraph store stats}: what a store holds, as one JSON object. */
  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Print what a store holds as one JSON object: articles, errors, entities, quotes, events, "
          + "times, figures, outlets, first and last publication date, engine versions, size on disk in bytes.")
  static final class Stats implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "The store folder (default: ./newsgraph-store).")
    private Path store = StoreWriter.DEFAULT_DIR;

    @Override
    public Integer call() throws Exception {
      try (StoreReader reader = StoreReader.open(store)) {
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(reader.stats()));
        return 0;
      } catch (NoSuchFileException e) {
        spec.commandLine().getErr().println("newsgraph: " + e.getFile() + ": " + e.getReason());
        return 2;
      }
    }
  }

  /** {@code newsgraph store optimize}: merges a store's segments, for a corpus that has stopped growing. */
  @Command(name = "optimize", mixinStandardHelpOptions = true,
      description = {"Merge the store's segments into a few (default one) and commit, for a corpus that has stopped "
          + "growing: searches and facet counts are then faster (docs/store.md). Needs the store's size again in "
          + "free disk while it runs; the next ingest adds segments again. Prints one JSON object: segments before "
          + "and after, seconds."})
  static final class Optimize implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "The store folder (default: ./newsgraph-store).")
    private Path store = StoreWriter.DEFAULT_DIR;

    @Option(names = "--segments", paramLabel = "N", defaultValue = "1",
        description = "Segments to leave (default: ${DEFAULT-VALUE}).")
    private int segments;

    @Override
    public Integer call() throws Exception {
      if (segments < 1) {
        spec.commandLine().getErr().println("newsgraph: --segments must be at least 1");
        return 2;
      }
      if (!Files.isDirectory(store)) {
        spec.commandLine().getErr().println("newsgraph: " + store + ": no such store");
        return 2;
      }
      try (StoreWriter writer = StoreWriter.open(store, Newsgraph.version())) {
        int before = writer.committedSegments();
        long start = System.nanoTime();
        writer.forceMerge(segments);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("segments_before", before);
        out.put("segments_after", writer.committedSegments());
        out.put("seconds", Math.round(seconds * 10) / 10.0);
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(out));
        return 0;
      }
    }
  }
}
