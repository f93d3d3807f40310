/** Readers that turn bytes from files and streams into {@link org.newsgraph.ingest.RawDocument}s, never trusting them. */
package org.newsgraph.ingest;
