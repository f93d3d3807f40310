package org.newsgraph.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The CAMEO actor type codes ({@code GOV}, {@code MIL}, …) from the resource {@code cameo-actor-types.txt}. */
public final class CameoTypeCodes {

  /** The list on the class path. */
  public static final String RESOURCE = "cameo-actor-types.txt";

  private final Set<String> codes;

  private CameoTypeCodes(Set<String> codes) {
    this.codes = Set.copyOf(codes);
  }

  /** Loads the list shipped with newsgraph. */
  public static CameoTypeCodes load() {
    try (InputStream in = CameoTypeCodes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource org/newsgraph/export/" + RESOURCE + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<String> codes = new HashSet<>();
      String line;
      while ((line = reader.readLine()) != null) {
        int hash = line.indexOf('#');
        String code = (hash < 0 ? line : line.substring(0, hash)).trim();
        if (!code.isEmpty()) {
          codes.add(code);
        }
      }
      return new CameoTypeCodes(codes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean contains(String code) {
    return codes.contains(code);
  }
}
