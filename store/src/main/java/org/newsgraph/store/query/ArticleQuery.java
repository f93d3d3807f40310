package org.newsgraph.store.query;

/**
 * Articles by their words, title, outlet, publication days, language, focus country, or an entity they mention.
 *
 * @param text Lucene syntax over the body and the title ({@code "general staff" AND casualties})
 * @param country ISO 3166 alpha-3 focus country
 * @param entity an entity's knowledge-base id ({@code RUS}, {@code phoenix:vladimir_putin}) or canonical name
 */
public record ArticleQuery(String text, String title, String outlet, DateRange published, String language,
    String country, String entity) implements StoreQuery<ArticleHit> {

  public static ArticleQuery matching(String text) {
    return new ArticleQuery(text, null, null, null, null, null, null);
  }

  @Override
  public Kind kind() {
    return Kind.ARTICLE;
  }
}
