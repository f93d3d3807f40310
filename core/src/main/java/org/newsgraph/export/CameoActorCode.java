package org.newsgraph.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A CAMEO actor code cut into its parts: {@code RUSGOV} is country {@code RUS} with type {@code GOV};
 * {@code ---BUS} has no country and type {@code BUS}.
 *
 * @param code the whole code, or null
 * @param country the leading three-letter country code, or null when the code starts with a type or {@code ---}
 * @param types the type codes in order of appearance
 */
public record CameoActorCode(String code, String country, List<String> types) {

  public CameoActorCode {
    types = List.copyOf(types);
  }

  /** The parts of a code; a null or blank code has none. */
  public static CameoActorCode parse(String code, CameoTypeCodes typeCodes) {
    if (code == null || code.isBlank()) {
      return new CameoActorCode(null, null, List.of());
    }
    String country = null;
    List<String> types = new ArrayList<>();
    for (int start = 0; start + 3 <= code.length(); start += 3) {
      String chunk = code.substring(start, start + 3);
      if (typeCodes.contains(chunk)) {
        types.add(chunk);
      } else if (start == 0 && !chunk.equals("---")) {
        country = chunk;
      }
    }
    return new CameoActorCode(code, country, types);
  }
}
