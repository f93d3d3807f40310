package org.newsgraph.event;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The dictionaries one coder uses: verbs, actors, agents and discards. */
public record EventDictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents,
    DiscardList discards) {

  /**
   * Reads dictionary files in the TABARI/PETRARCH formats.
   *
   * @param discards the discard file, or null for none
   * @param warnings receives what LENIENT mode accepted
   */
  public static EventDictionaries load(Path verbs, List<Path> actors, Path agents, Path discards, ParseMode mode,
      Consumer<String> warnings) {
    VerbDictionary verbDictionary = read(verbs, r -> new VerbDictionaryReader(mode, warnings)
        .read(verbs.getFileName().toString(), r));
    List<List<ActorEntry>> actorFiles = new ArrayList<>();
    for (Path actorFile : actors) {
      actorFiles.add(read(actorFile, r -> new ActorDictionaryReader(mode, warnings)
          .read(actorFile.getFileName().toString(), r)));
    }
    AgentDictionary agentDictionary = AgentDictionary.of(read(agents, r -> new AgentDictionaryReader(mode,
        warnings).read(agents.getFileName().toString(), r)));
    DiscardList discardList = discards == null ? DiscardList.empty()
        : read(discards, r -> DiscardList.read(discards.getFileName().toString(), r, mode, warnings));
    return new EventDictionaries(verbDictionary, ActorDictionary.merge(actorFiles), agentDictionary, discardList);
  }

  private interface ReadFunction<T> {
    T apply(Reader reader);
  }

  private static <T> T read(Path path, ReadFunction<T> function) {
    // UTF-8, with undecodable bytes replaced: old dictionaries mix encodings in comments.
    try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
      return function.apply(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionary " + path + ": " + e.getMessage(), e);
    }
  }
}
