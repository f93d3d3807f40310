package org.newsgraph.store;

import java.util.Locale;

/** How keyword values are normalized, the same when indexing and when querying. */
final class Keys {

  private Keys() {}

  static String of(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }
}
