package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.nlp.WordList;

/**
 * Turns what a page gives as its authors into people's names: {@code By} and {@code Written by} go, a list
 * ({@code Jane Roe and Sam Poe}) is split, and what is not a person is left out: an address, a handle, the
 * outlet's own name, and names made of words such as staff, desk or press ({@code author-not-person-words.txt}).
 */
final class AuthorNames {

  private static final int MAX_WORDS = 5;
  private static final Pattern BY = Pattern.compile("(?i)^(?:written\\s+|posted\\s+|reported\\s+)?by[:\\s]+");
  private static final Pattern LIST = Pattern.compile("\\s*(?:,|;|\\||\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b)\\s*");
  private static final Pattern THE = Pattern.compile("(?i)^the\\s");
  private static final Pattern NOT_A_NAME = Pattern.compile("://|@|www\\.|\\d");

  private final Set<String> notPerson = WordList.lowerCased(AuthorNames.class, "author-not-person-words.txt");

  /**
   * The people among {@code given}, in order, each once; the outlet and the site ({@code valleycourier.example}),
   * either may be null, are never one of them.
   */
  List<String> people(List<String> given, String outlet, String site) {
    List<String> names = new ArrayList<>();
    for (String value : given) {
      if (value == null) {
        continue;
      }
      for (String part : LIST.split(BY.matcher(Whitespace.line(value)).replaceFirst(""))) {
        String name = BY.matcher(part.strip()).replaceFirst("").strip();
        if (isPerson(name, outlet, site) && names.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private boolean isPerson(String name, String outlet, String site) {
    if (name.isEmpty() || NOT_A_NAME.matcher(name).find() || HeadlineShape.words(name) > MAX_WORDS
        || !Character.isLetter(name.codePointAt(0)) || THE.matcher(name).find()) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String bare = squeeze(lower);
    if (outlet != null && (squeeze(outlet.toLowerCase(Locale.ROOT)).contains(bare)
        || bare.contains(squeeze(outlet.toLowerCase(Locale.ROOT))))) {
      return false; // the outlet's name, or a part of it ("Sky" on Sky News)
    }
    if (site != null && squeeze(site).contains(bare)) {
      return false; // the site's name ("Vortex" on vortexcannon.org)
    }
    // one word in capitals (PTI, CNN) is an acronym; one in small letters (jdadmin) is a login
    if (!name.contains(" ") && (name.equals(name.toUpperCase(Locale.ROOT)) || name.equals(lower))) {
      return false;
    }
    for (String word : lower.split("[\\s.]+")) {
      if (notPerson.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** Letters and digits only: "Al-Bawaba", "Al Bawaba" and "albawaba" are one name. */
  private static String squeeze(String s) {
    return s.replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
