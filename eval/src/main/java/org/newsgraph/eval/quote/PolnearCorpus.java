package org.newsgraph.eval.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads one split of PolNeAR (brat stand-off): the text of each article and the relations of the first annotator
 * listed for it in {@code metadata.tsv}, the gold. A record whose covered text spans lines continues on the lines
 * that do not start a new record.
 */
public final class PolnearCorpus {

  private static final Pattern RECORD_START = Pattern.compile("^[TE#]\\d*\t.*");

  private PolnearCorpus() {}

  /** The articles of {@code split} ("dev", "train") under {@code root}, sorted by name. */
  public static List<PolnearArticle> read(Path root, String split) {
    Map<String, String> goldAnnotator = goldAnnotators(root.resolve("metadata.tsv"));
    Path texts = root.resolve(split).resolve("text");
    Path attributions = root.resolve(split).resolve("attributions");
    List<PolnearArticle> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(texts)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        String annotator = goldAnnotator.get(name);
        Path ann = attributions.resolve(name + "_" + annotator + ".ann");
        if (annotator == null || !Files.exists(ann)) {
          throw new IllegalStateException("no gold annotation for " + name + " in " + attributions);
        }
        articles.add(new PolnearArticle(name, Files.readString(file, StandardCharsets.UTF_8),
            relations(Files.readString(ann, StandardCharsets.UTF_8))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return articles;
  }

  private static Map<String, String> goldAnnotators(Path metadata) {
    Map<String, String> byName = new HashMap<>();
    try {
      List<String> lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
      List<String> header = List.of(lines.get(0).split("\t"));
      int nameColumn = header.indexOf("filename");
      int annotatorColumn = header.indexOf("annotators");
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split("\t");
        if (cells.length > Math.max(nameColumn, annotatorColumn)) {
          byName.put(cells[nameColumn], cells[annotatorColumn].split("\\|")[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byName;
  }

  /** The relations of one stand-off file. */
  static List<Relation> relations(String standOff) {
    List<String> records = new ArrayList<>();
    for (String line : standOff.split("\n", -1)) {
      if (RECORD_START.matcher(line).matches()) {
        records.add(line);
      } else if (!records.isEmpty()) {
        records.set(records.size() - 1, records.get(records.size() - 1) + "\n" + line);
      }
    }
    Map<String, Span> spans = new HashMap<>();
    List<Map<String, String>> events = new ArrayList<>();
    for (String record : records) {
      String[] cells = record.split("\t", 3);
      if (record.startsWith("T") && cells.length >= 2) {
        String[] typeAndRanges = cells[1].split(" ", 2);
        List<int[]> ranges = new ArrayList<>();
        for (String piece : typeAndRanges[1].split(";")) {
          String[] bounds = piece.trim().split(" ");
          ranges.add(new int[] {Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])});
        }
        spans.put(cells[0], new Span(ranges));
      } else if (record.startsWith("E") && cells.length >= 2) {
        Map<String, String> roles = new HashMap<>();
        for (String argument : cells[1].trim().split(" ")) {
          String[] roleAndId = argument.split(":");
          if (roleAndId.length == 2) {
            roles.put(roleAndId[0], roleAndId[1]);
          }
        }
        events.add(roles);
      }
    }
    List<Relation> relations = new ArrayList<>();
    for (Map<String, String> roles : events) {
      Span content = spans.getOrDefault(roles.get("Content"), Span.empty());
      Span cue = spans.getOrDefault(roles.get("Cue"), Span.empty());
      if (!content.isEmpty() && !cue.isEmpty()) {
        relations.add(new Relation(spans.getOrDefault(roles.get("Source"), Span.empty()), cue, content));
      }
    }
    return relations;
  }
}
