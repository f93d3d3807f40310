/**
 * Syndicated copies: {@link org.newsgraph.dedup.MinHasher} signs a text with MinHash over word shingles, a
 * {@link org.newsgraph.dedup.Signature} gives LSH band keys a search index can hold as terms, and
 * {@link org.newsgraph.dedup.CopyClusters} groups copies under their earliest one. No search library involved.
 */
package org.newsgraph.dedup;
