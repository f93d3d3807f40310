package org.newsgraph.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.store.query.SortOrder;

/**
 * The sorts of the store, and cursors over them: a cursor holds the sort values of the last hit of a page (never a
 * Lucene doc id, which changes as segments merge), so the next page starts after it even across commits.
 */
final class Cursors {

  private Cursors() {}

  static Sort sort(SortOrder order) {
    return sort(order, true);
  }

  /**
   * The sort of {@code order} for a query that scores its hits or not. A query of filters alone gives every hit
   * the same score, so its relevance order is its key order: sorting by the key alone gives the same hits and lets
   * Lucene skip every document past the page's last key, where a score first would make it compare them all.
   */
  static Sort sort(SortOrder order, boolean scoring) {
    SortField key = new SortField(Fields.KEY, SortField.Type.STRING);
    if (order == SortOrder.DATE) {
      SortField date = new SortField(Fields.SORT_DATE, SortField.Type.LONG, true);
      date.setMissingValue(Long.MIN_VALUE);
      return new Sort(date, key);
    }
    return scoring ? new Sort(SortField.FIELD_SCORE, key) : new Sort(key);
  }

  static String encode(SortOrder order, FieldDoc last) {
    boolean keyOnly = last.fields.length == 1;
    // A key-only page is a relevance page of equal scores: its cursor is the one the scored sort would give.
    String first = order == SortOrder.DATE ? "d" + last.fields[0]
        : "r" + Integer.toHexString(Float.floatToIntBits(keyOnly ? 0f : (Float) last.fields[0]));
    String key = ((BytesRef) last.fields[keyOnly ? 0 : 1]).utf8ToString();
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((first + "|" + key).getBytes(StandardCharsets.UTF_8));
  }

  /** The position a cursor stands for; fails when it is not a cursor of this sort order. */
  static FieldDoc decode(SortOrder order, String cursor, int maxDoc) {
    return decode(order, true, cursor, maxDoc);
  }

  /** As {@link #decode(SortOrder, String, int)}, for the sort {@link #sort(SortOrder, boolean)} gives. */
  static FieldDoc decode(SortOrder order, boolean scoring, String cursor, int maxDoc) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a cursor: " + cursor, e);
    }
    int bar = text.indexOf('|');
    char tag = order == SortOrder.DATE ? 'd' : 'r';
    if (bar < 2 || text.charAt(0) != tag) {
      throw new IllegalArgumentException("not a cursor of the " + order.name().toLowerCase() + " order: " + cursor);
    }
    String value = text.substring(1, bar);
    BytesRef key = new BytesRef(text.substring(bar + 1));
    try {
      Object first = order == SortOrder.DATE ? (Object) Long.parseLong(value)
          : (Object) Float.intBitsToFloat(Integer.parseUnsignedInt(value, 16));
      // The last doc id: on a tie of sort values (only the last hit itself, keys being unique) it is skipped.
      Object[] values = order == SortOrder.RELEVANCE && !scoring ? new Object[] {key} : new Object[] {first, key};
      return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, values);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a cursor: " + cursor, e);
    }
  }
}
