package org.newsgraph.kb;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipFile;

/**
 * Compiles the knowledge base's resources from the raw sources in {@code ../shared/data/kb} and
 * {@code ../shared/data/geo} (see {@code NOTICE} beside the resources for sources and licenses). Run from the
 * repository root after {@code mvn -q -o -pl core compile}:
 *
 * <pre>
 * java -cp core/target/classes org.newsgraph.kb.KnowledgeBaseCompiler ../shared/data \
 *     core/src/main/resources/org/newsgraph/kb
 * </pre>
 *
 * <p>Writes {@code countries.tsv}, {@code agents.tsv}, {@code admin1.tsv} and {@code cities.tsv.gz} (people and
 * organizations are read at load time from the event coder's Phoenix dictionaries: {@link PhoenixActors}); reads the hand-written {@code country-names.tsv} and {@code igos.tsv} in the output folder
 * and checks them. Every output is sorted and gzip carries no timestamp, so the same input gives the same bytes.
 */
public final class KnowledgeBaseCompiler {

  /** Cities at least this large are in the gazetteer (the size of GeoNames' cities15000 extract). */
  static final int MIN_CITY_POPULATION = 15_000;

  /** Division names that are only a compass point ("West", "Central Province") read as common words in news. */
  private static final Pattern COMPASS_NAME = Pattern.compile(
      "(?:(?:North|South)[- ]?(?:East|West)?|Northeast|Northwest|Southeast|Southwest|East|West|Northern|Southern"
          + "|Eastern|Western|Central|Centre|Center)(?: (?:Region|Province|District))?");

  private KnowledgeBaseCompiler() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: KnowledgeBaseCompiler <shared data folder> <resource folder>");
      System.exit(2);
    }
    compile(Path.of(args[0]), Path.of(args[1]));
  }

  /** Compiles from {@code data} (holding {@code kb/} and {@code geo/}) into {@code out}. */
  public static void compile(Path data, Path out) throws IOException {
    Path kb = data.resolve("kb");
    Path geo = data.resolve("geo");
    CountryTable countries = CountryTable.read(geo.resolve("countryInfo.txt"));
    countries.addNames(lines(out.resolve("country-names.tsv")), "country-names.tsv");
    countries.addCountryInfo(lines(kb.resolve("CountryInfo.120116.txt")));
    countries.addDemonyms(lines(geo.resolve("wikipedia-demonyms.tsv")), lines(geo.resolve("nat_df.csv")),
        lines(kb.resolve("countries.csv")));
    countries.addEntityDemonyms(lines(geo.resolve("wikipedia-demonyms.tsv")));
    write(out.resolve("countries.tsv"), countries.rows(),
        "# iso3, iso2, geonames id, name, capital, population, continent, names (|), demonyms (|) by lookup key;\n"
            + "# the entity stage's everyday names, adjectivals and plural demonyms (|) in their own spelling");
    checkIgos(lines(out.resolve("igos.tsv")), countries);

    write(out.resolve("agents.tsv"), AgentRows.rows(lines(kb.resolve("PLOVER_agents.txt")),
        lines(kb.resolve("Phoenix.agents.txt"))), "# lookup key, agent code (sector first: GOV, GOVMIL, LEG...)");

    Set<String> admin1 = new TreeSet<>();
    for (String line : lines(geo.resolve("admin1CodesASCII.txt"))) {
      String[] f = line.split("\t", -1);
      String iso2 = f[0].substring(0, f[0].indexOf('.'));
      if (!COMPASS_NAME.matcher(f[1]).matches()) {
        admin1.add(String.join("\t", f[0], f[1], f[3], countries.iso3(iso2)));
      }
    }
    write(out.resolve("admin1.tsv"), admin1, "# GeoNames admin-1 key, name, geonames id, country iso3");
    writeGzip(out.resolve("cities.tsv.gz"), cities(geo.resolve("cities15000.zip"), countries),
        "# geonames id, name, lat, lon, feature code, country iso3, admin-1 key, population, other-name keys (|)");
    System.out.printf("%d countries, %d admin-1, written to %s%n", countries.size(), admin1.size(), out);
  }

  private static void checkIgos(List<String> lines, CountryTable countries) {
    for (String line : lines) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        throw new IllegalArgumentException("igos.tsv: expected 6 columns in line: " + line);
      }
      for (String member : f[5].isEmpty() ? new String[0] : f[5].split(" ")) {
        String iso3 = member.split("@")[0];
        if (!countries.hasIso3(iso3)) {
          throw new IllegalArgumentException("igos.tsv: unknown member country " + iso3 + " of " + f[0]);
        }
      }
    }
  }

  private static Set<String> cities(Path zip, CountryTable countries) throws IOException {
    Set<String> rows = new TreeSet<>();
    try (ZipFile archive = new ZipFile(zip.toFile());
        BufferedReader reader = new BufferedReader(new InputStreamReader(
            archive.getInputStream(archive.getEntry("cities15000.txt")), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.split("\t", -1);
        long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        if (population < MIN_CITY_POPULATION && !f[7].equals("PPLC")) {
          continue;
        }
        // Other names are stored as lookup keys: they are only ever looked up, never shown.
        Set<String> other = new TreeSet<>();
        String own = Phrases.key(f[1]);
        for (String name : (f[2] + "," + f[3]).split(",")) {
          String key = Phrases.key(name);
          if (Latin.usable(name) && !key.isEmpty() && !key.equals(own)) {
            other.add(key);
          }
        }
        rows.add(String.join("\t", f[0], f[1], f[4], f[5], f[7], countries.iso3(f[8]), f[8] + "." + f[10],
            Long.toString(population), String.join("|", other)));
      }
    }
    return rows;
  }

  /** A file's lines, decoding bad UTF-8 as U+FFFD (CountryInfo has a few broken bytes) rather than failing. */
  static List<String> lines(Path file) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    String text = decoder.decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    return List.of(text.split("\r?\n"));
  }

  private static void write(Path file, Iterable<String> rows, String header) throws IOException {
    Files.write(file, withHeader(rows, header));
  }

  private static byte[] withHeader(Iterable<String> rows, String header) {
    StringBuilder text = new StringBuilder("# Generated by org.newsgraph.kb.KnowledgeBaseCompiler; see NOTICE.\n")
        .append(header).append('\n');
    rows.forEach(r -> text.append(r).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void writeGzip(Path file, Iterable<String> rows, String header) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(withHeader(rows, header));
    }
    Files.write(file, bytes.toByteArray());
  }
}
