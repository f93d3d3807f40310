package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.RejectedInputException.Reason;
import scala.Tuple2;

/**
 * Reads the input files into source records with the core's {@link DocumentReader}: a JSON Lines file gives one
 * record a line, a text, HTML or JSON file one record (or one per item of a JSON array), gzip unpacked, each bad file
 * or line a rejected record named as {@code newsgraph analyze} names it ({@code feed.jsonl#3}) but by its full URI.
 */
final class SourceFiles {

  private SourceFiles() {}

  /**
   * The records of {@code input}: a file, a folder (read recursively), a glob or a comma-separated list of these, on
   * any Hadoop file system ({@code file:}, {@code hdfs:}, {@code s3a:}, {@code gs:}...).
   */
  static JavaRDD<SourceRecord> read(JavaSparkContext context, String input, JobOptions options) {
    context.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    return context.binaryFiles(input).flatMap(file -> records(file, options));
  }

  private static Iterator<SourceRecord> records(Tuple2<String, PortableDataStream> file, JobOptions options) {
    String name = file._1();
    List<SourceRecord> records = new ArrayList<>();
    // A file's records are held until the file is read: keep JSON Lines files to some hundreds of megabytes.
    try (InputStream in = file._2().open()) {
      new DocumentReader().read(in, name, options.readOptions(), item -> records.add(SourceRecord.of(item)));
    } catch (IOException | RuntimeException e) {
      records.add(SourceRecord.rejected(name, Reason.UNREADABLE.name(), "cannot read the file: " + e));
    }
    return records.iterator();
  }
}
