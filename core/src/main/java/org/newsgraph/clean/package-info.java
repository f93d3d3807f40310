/**
 * Turns a {@link org.newsgraph.ingest.RawDocument} into an {@link org.newsgraph.model.Article}: body text, metadata, and
 * what was removed and why. {@link org.newsgraph.clean.ArticleCleaner} is the entry point; the word lists it uses are
 * resource files beside these classes, each with a comment saying what it is for.
 */
package org.newsgraph.clean;
