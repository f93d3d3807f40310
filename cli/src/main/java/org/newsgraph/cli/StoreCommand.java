package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.StoreWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph store}: commands about a store as a whole. */
@Command(name = "store", mixinStandardHelpOptions = true, description = "Commands about a store as a whole.",
    subcommands = StoreCommand.Stats.class)
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
}
