package org.newsgraph.spark;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.pipeline.WorkLimits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph spark}, and the main class of the assembly jar for {@code spark-submit}: runs the analysis job
 * over INPUT into OUTPUT.
 */
@Command(name = "newsgraph spark", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Analyze a corpus with Apache Spark: the standard pipeline on every executor.",
        "Writes OUTPUT/json (the analyses, gzip JSON Lines) and the Parquet tables OUTPUT/articles, entities, "
            + "mentions, quotes, events, times, figures and errors, partitioned by published_date. A rerun "
            + "replaces the dates it writes. A bad record or a document over the time limit becomes a row of "
            + "errors; the job goes on.",
        "Exit code: 0 when the job ran (error rows included), 1 when it failed, 2 on bad usage."})
public final class SparkCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT",
      description = "A file, folder, glob or comma-separated list on any Hadoop file system (file:, hdfs:, s3a:, "
          + "gs:...): JSON Lines records {url?, title?, outlet?, published?, text | html}, text, HTML or JSON; "
          + "gzip is unpacked.")
  private String input;

  @Parameters(index = "1", paramLabel = "OUTPUT", description = "The output root.")
  private String output;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. local[2]; default: the one spark-submit sets, else local[*].")
  private String master;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Analysis tasks (default: four per core of the cluster).")
  private int partitions;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Time one document may take, counted from when its analysis starts, before it becomes a "
          + "TIMEOUT error row (default: ${DEFAULT-VALUE}).")
  private double timeoutSeconds;

  @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "" + ReadOptions.DEFAULT_MAX_BYTES,
      description = "Largest document or JSON line; larger ones become TOO_LARGE error rows (default: "
          + "${DEFAULT-VALUE}).")
  private long maxBytes;

  @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "" + WorkLimits.DEFAULT_MAX_TOKENS,
      description = "Most tokens one cleaned article may have; over it, TOO_LARGE or, with --truncate, the article "
          + "is cut (default: ${DEFAULT-VALUE}).")
  private int maxTokens;

  @Option(names = "--max-sentence-tokens", paramLabel = "N",
      defaultValue = "" + WorkLimits.DEFAULT_MAX_SENTENCE_TOKENS,
      description = "Most tokens one sentence may have; over it, TOO_LARGE or, with --truncate, the article is cut "
          + "before it (default: ${DEFAULT-VALUE}).")
  private int maxSentenceTokens;

  @Option(names = "--max-html-elements", paramLabel = "N", defaultValue = "" + WorkLimits.DEFAULT_MAX_HTML_ELEMENTS,
      description = "Most elements an HTML page may have; larger pages become TOO_LARGE error rows (default: "
          + "${DEFAULT-VALUE}).")
  private int maxHtmlElements;

  @Option(names = "--truncate",
      description = "Analyze an article over a token limit up to its last whole sentence within it, flagged "
          + "\"truncated\", instead of giving a TOO_LARGE error row.")
  private boolean truncate;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Force the input format instead of sniffing each file: ${COMPLETION-CANDIDATES}.")
  private InputFormat format;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting, as spark-submit's --conf.")
  private Map<String, String> conf = new LinkedHashMap<>();

  public static void main(String[] args) {
    CommandLine command = new CommandLine(new SparkCommand());
    int exitCode = command.execute(args);
    command.getOut().flush();
    command.getErr().flush();
    System.exit(exitCode);
  }

  @Override
  public Integer call() {
    if (timeoutSeconds <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be positive, was "
          + timeoutSeconds);
    }
    JobOptions options = new JobOptions(format, maxBytes, Duration.ofMillis(Math.round(timeoutSeconds * 1000)),
        maxTokens, maxSentenceTokens, maxHtmlElements, truncate, partitions);
    long started = System.nanoTime();
    JobReport report;
    SparkSession spark = session();
    try {
      report = new AnalysisJob(spark, options).run(input, output);
    } finally {
      spark.stop();
    }
    StringBuilder line = new StringBuilder("newsgraph spark:");
    for (Table table : Table.values()) {
      line.append(' ').append(table.dir()).append('=').append(report.rows(table.dir()));
    }
    line.append(String.format(" | analysis %.1f s, writing %.1f s, total %.1f s -> %s",
        report.analysis().toMillis() / 1e3, report.writing().toMillis() / 1e3,
        (System.nanoTime() - started) / 1e9, output));
    spec.commandLine().getOut().println(line);
    return 0;
  }

  private SparkSession session() {
    SparkConf sparkConf = new SparkConf().setAppName("newsgraph");
    if (master != null) {
      sparkConf.setMaster(master);
    } else if (!sparkConf.contains("spark.master")) {
      sparkConf.setMaster("local[*]");
    }
    if (sparkConf.get("spark.master").startsWith("local")) {
      // One JVM: the driver and its executor talk over loopback only.
      sparkConf.setIfMissing("spark.driver.host", "127.0.0.1");
      sparkConf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    conf.forEach(sparkConf::set);
    return SparkSession.builder().config(sparkConf).getOrCreate();
  }
}
