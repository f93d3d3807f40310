package org.newsgraph.eval.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CoNLL-2003 file (token, POS, chunk, NER tag per line; a blank line between sentences; {@code -DOCSTART-}
 * before each document) into documents.
 */
public final class ConllReader {

  private ConllReader() {}

  public static List<ConllDocument> read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  public static List<ConllDocument> parse(List<String> lines) {
    List<ConllDocument> documents = new ArrayList<>();
    List<List<String[]>> sentences = new ArrayList<>();
    List<String[]> sentence = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("-DOCSTART-")) {
        sentences.add(sentence);
        addDocument(documents, sentences);
        sentences = new ArrayList<>();
        sentence = new ArrayList<>();
      } else if (line.isBlank()) {
        sentences.add(sentence);
        sentence = new ArrayList<>();
      } else {
        String[] fields = line.trim().split("\\s+");
        if (fields.length < 2) {
          throw new IllegalArgumentException("CoNLL line without a tag: " + line);
        }
        sentence.add(new String[] {fields[0], fields[fields.length - 1]});
      }
    }
    sentences.add(sentence);
    addDocument(documents, sentences);
    return documents;
  }

  private static void addDocument(List<ConllDocument> documents, List<List<String[]>> sentences) {
    if (sentences.stream().anyMatch(s -> !s.isEmpty())) {
      documents.add(ConllDocument.of(sentences));
    }
  }
}
