package org.newsgraph.kb;

import java.util.regex.Pattern;

/** Which GeoNames alternate names are worth keeping: Latin-script names, not codes, not long descriptions. */
final class Latin {

  private static final Pattern LATIN_NAME = Pattern.compile("[\\p{IsLatin}][\\p{IsLatin}'’. \\-]{1,38}");
  private static final Pattern CODE = Pattern.compile("[\\p{Lu}\\d\\-]+");

  private Latin() {}

  static boolean usable(String name) {
    String n = name.trim();
    return LATIN_NAME.matcher(n).matches() && !CODE.matcher(n).matches();
  }
}
