package org.newsgraph.cli;

import java.util.regex.Pattern;

/** File names for per-input output: {@code story.html} → {@code story.json}, {@code feed.jsonl#3} → {@code feed-3.json}. */
final class OutputNames {

  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");

  private OutputNames() {}

  static String jsonFileName(String inputName) {
    String name = inputName;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    String record = "";
    int hash = name.indexOf('#');
    if (hash >= 0) {
      record = "-" + name.substring(hash + 1);
      name = name.substring(0, hash);
    }
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    name = UNSAFE.matcher(name + record).replaceAll("_");
    return (name.isEmpty() ? "input" : name) + ".json";
  }
}
