/**
 * The standard pipeline as an Apache Spark job: reads JSON Lines and folders of text or HTML from any Hadoop file
 * system, analyzes each document on the executors with a pipeline built once per executor JVM, and writes the
 * analyses as gzip JSON Lines and Parquet tables of facts partitioned by publication date.
 */
package org.newsgraph.spark;
