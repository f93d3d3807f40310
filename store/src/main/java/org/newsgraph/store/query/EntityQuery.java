package org.newsgraph.store.query;

/**
 * Entities as each article has them, by words of their names, name prefix, type or knowledge-base id.
 *
 * @param prefix the start of the canonical name, case-insensitive ({@code luka})
 * @param type {@code PERSON}, {@code ORGANIZATION}, {@code COUNTRY}, ...
 * @param kb knowledge-base id ({@code RUS}, {@code phoenix:vladimir_putin})
 */
public record EntityQuery(String text, String prefix, String type, String kb) implements StoreQuery<EntityHit> {

  public static EntityQuery matching(String text) {
    return new EntityQuery(text, null, null, null);
  }

  @Override
  public Kind kind() {
    return Kind.ENTITY;
  }
}
