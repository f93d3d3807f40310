package org.newsgraph.clean;

import java.util.List;
import org.newsgraph.model.Removal;

/** What a cleaner found in one document, before the caller's metadata is laid over it; null where unknown. */
record Cleaned(String text, String title, String outlet, List<String> authors, String published, String repostedBy,
    String url, String language, List<Removal> removed) {

  Cleaned {
    authors = List.copyOf(authors);
    removed = List.copyOf(removed);
  }
}
