/**
 * Readers that turn bytes from files and streams into {@link org.newsgraph.ingest.RawDocument}s, never trusting them:
 * {@link org.newsgraph.ingest.DocumentReader} is the entry point; each item it gives is an
 * {@link org.newsgraph.ingest.Ingested}, a document or the error record that stands for a bad input.
 */
package org.newsgraph.ingest;
