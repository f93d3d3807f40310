package org.newsgraph.clean;

import java.util.List;
import org.newsgraph.model.OriginalSource;
import org.newsgraph.model.Removal;

/** What a cleaner found in one document, before the caller's metadata is laid over it; null where unknown. */
record Cleaned(String text, String title, String outlet, List<String> authors, String published, String repostedBy,
    String url, String language, List<Removal> removed, String modified, String section, List<String> keywords,
    OriginalSource original) {

  Cleaned {
    authors = List.copyOf(authors);
    removed = List.copyOf(removed);
    keywords = List.copyOf(keywords);
  }

  /** What a plain-text cleaner finds: no modification date, section, keywords or original source. */
  Cleaned(String text, String title, String outlet, List<String> authors, String published, String repostedBy,
      String url, String language, List<Removal> removed) {
    this(text, title, outlet, authors, published, repostedBy, url, language, removed, null, null, List.of(), null);
  }
}
