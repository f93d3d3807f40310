package org.newsgraph.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps CAMEO event codes to PLOVER 2.0 (type, mode, contexts, quad category) and Goldstein scores, from the
 * compiled resource {@code cameo-plover.tsv} (see {@link PloverTableGenerator}) with newsgraph's own readings
 * ({@code plover-readings.tsv}) over it. A code the table lacks takes its parent's reading ({@code 0421} →
 * {@code 042} → {@code 04}). Immutable.
 */
public final class PloverMapping {

  /** Cooperative types that PLOVER codes AGREE when they are only announced for the future. */
  private static final Set<String> INTENDED = Set.of("CONSULT", "SUPPORT", "COOPERATE", "AID");
  private static final int MATERIAL_CONFLICT = 4;

  /** The compiled table on the class path. */
  public static final String RESOURCE = "cameo-plover.tsv";
  /** newsgraph's readings where the PLOVER manual's text and the conversion table disagree. */
  public static final String READINGS = "plover-readings.tsv";

  private final Map<String, CameoCode> codes;

  private PloverMapping(Map<String, CameoCode> codes) {
    this.codes = Map.copyOf(codes);
  }

  /** Loads the table compiled into newsgraph with newsgraph's readings over it. */
  public static PloverMapping load() {
    try (InputStream table = PloverMapping.class.getResourceAsStream(RESOURCE);
        InputStream readings = PloverMapping.class.getResourceAsStream(READINGS)) {
      if (table == null || readings == null) {
        throw new IllegalStateException("resource org/newsgraph/event/" + (table == null ? RESOURCE : READINGS)
            + " is missing");
      }
      return read(new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8)))
          .withReadings(new BufferedReader(new InputStreamReader(readings, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * This table with other readings of some codes, one a line: {@code code}, PLOVER {@code type}, {@code mode}
   * (may be empty), {@code quad} and a reason, tab-separated. The code's name, Goldstein score and contexts stay;
   * a code the table lacks is an error.
   */
  PloverMapping withReadings(BufferedReader reader) throws IOException {
    Map<String, CameoCode> changed = new HashMap<>(codes);
    for (Row row : rows(reader, READINGS, 5)) {
      String[] f = row.fields();
      CameoCode old = codes.get(f[0]);
      if (old == null) {
        throw new DictionaryFormatException(READINGS, row.line(), "CAMEO code " + f[0] + " is not in " + RESOURCE);
      }
      changed.put(f[0], new CameoCode(old.code(), old.name(), old.goldstein(), f[1], blankToNull(f[2]),
          old.contexts(), Integer.valueOf(f[3])));
    }
    return new PloverMapping(changed);
  }

  /** Reads a table in the format {@link PloverTableGenerator} writes. */
  static PloverMapping read(BufferedReader reader) throws IOException {
    Map<String, CameoCode> codes = new HashMap<>();
    for (Row row : rows(reader, RESOURCE, 7)) {
      String[] f = row.fields();
      List<String> contexts = f[5].isEmpty() ? List.of() : Arrays.asList(f[5].split(";"));
      codes.put(f[0], new CameoCode(f[0], f[1], f[2].isEmpty() ? null : Double.valueOf(f[2]), blankToNull(f[3]),
          blankToNull(f[4]), contexts, f[6].isEmpty() ? null : Integer.valueOf(f[6])));
    }
    return new PloverMapping(codes);
  }

  private record Row(int line, String[] fields) {}

  /** The tab-separated rows of a table, comments and blank lines left out; each must have {@code width} fields. */
  private static List<Row> rows(BufferedReader reader, String source, int width) throws IOException {
    List<Row> rows = new ArrayList<>();
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != width) {
        throw new DictionaryFormatException(source, number, "expected " + width + " tab-separated fields, found "
            + f.length);
      }
      rows.add(new Row(number, f));
    }
    return rows;
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  /**
   * The reading of a CAMEO code; fields the table leaves empty for it are taken from its parent codes.
   * Empty for a code with no known ancestor (e.g. {@code 999} or a validation dictionary's {@code +++}).
   */
  public Optional<CameoCode> lookup(String cameo) {
    if (cameo == null || cameo.length() < 2) {
      return Optional.empty();
    }
    CameoCode own = codes.get(cameo);
    for (int length = cameo.length() - 1; length >= 2; length--) {
      CameoCode parent = codes.get(cameo.substring(0, length));
      if (parent == null) {
        continue;
      }
      own = own == null ? new CameoCode(cameo, parent.name(), parent.goldstein(), parent.ploverType(),
          parent.ploverMode(), parent.contexts(), parent.quad()) : inherit(own, parent);
    }
    return Optional.ofNullable(own);
  }

  /**
   * The PLOVER type of an event with this reading, given how its clause presents it (PLOVER manual): a refused
   * cooperation ("will not release") is REJECT; a retreat announced for the future is CONCEDE; consultation,
   * support, cooperation or aid announced for the future is AGREE; and material conflict (sanctions, coercion,
   * force, protest) announced or held out as possible ("will impose a curfew", "may suspend aid") is
   * THREATEN. Otherwise the reading's own type, which may be null.
   *
   * @param future whether the event is planned or announced ("will", "plans to")
   * @param possible whether a modal holds it out as possible ("would", "may"), not counting a condition on it
   * @param negated whether the verb is negated and no pattern said so
   */
  public static String type(CameoCode code, boolean future, boolean possible, boolean negated) {
    String type = code.ploverType();
    if (type == null) {
      return null;
    }
    Integer quad = code.quad();
    if (negated && quad != null && quad <= 2) {
      return "REJECT";
    }
    if (future && type.equals("RETREAT")) {
      return "CONCEDE";
    }
    if (future && INTENDED.contains(type)) {
      return "AGREE";
    }
    if ((future || possible) && quad != null && quad == MATERIAL_CONFLICT) {
      return "THREATEN";
    }
    return type;
  }

  private static CameoCode inherit(CameoCode own, CameoCode parent) {
    boolean hasType = own.ploverType() != null;
    return new CameoCode(own.code(), own.name(), own.goldstein() != null ? own.goldstein() : parent.goldstein(),
        hasType ? own.ploverType() : parent.ploverType(), hasType ? own.ploverMode() : parent.ploverMode(),
        hasType ? own.contexts() : parent.contexts(), own.quad() != null ? own.quad() : parent.quad());
  }

  public int size() {
    return codes.size();
  }
}
