/** Turns a {@link org.newsgraph.ingest.RawDocument} into an {@link org.newsgraph.model.Article}: body text, metadata, and what was removed and why. */
package org.newsgraph.clean;
