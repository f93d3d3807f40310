package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.event.PloverMapping;
import org.newsgraph.export.AnalysisReader;
import org.newsgraph.export.CameoTypeCodes;
import org.newsgraph.export.EventExporter;
import org.newsgraph.export.GdeltEventsWriter;
import org.newsgraph.export.PloverRecordWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code newsgraph export}: the events of analyses as GDELT 2.0 Events rows or PLOVER records. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Export the events of analyses (as 'analyze' writes them: JSON documents or JSON Lines) in "
        + "another event data format. Error records in the input are skipped.",
        "gdelt-events: GDELT 2.0 Events rows, 61 tab-separated columns; plover: one PLOVER JSON record a line.",
        "See docs/export.md for how each field is filled."})
final class ExportCommand implements Callable<Integer> {

  /** The formats, by the names the command line uses. */
  enum Format {
    GDELT_EVENTS("gdelt-events"), PLOVER("plover");

    private final String label;

    Format(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      converter = FormatConverter.class, description = "Output format: gdelt-events or plover.")
  private Format format;

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "Analyses to export; '-' or none reads standard input.")
  private List<String> inputs;

  @Override
  public Integer call() throws IOException {
    PloverMapping mapping = PloverMapping.load();
    CameoTypeCodes types = CameoTypeCodes.load();
    EventExporter exporter = format == Format.PLOVER ? new PloverRecordWriter(mapping, types)
        : new GdeltEventsWriter(mapping, types);
    PrintWriter out = spec.commandLine().getOut();
    AnalysisReader reader = new AnalysisReader();
    for (String input : inputs == null || inputs.isEmpty() ? List.of("-") : inputs) {
      try (Reader in = "-".equals(input) ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
          : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
        reader.read(in, analysis -> {
          try {
            exporter.write(analysis, out);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
    out.flush();
    return 0;
  }

  /** Reads a format by its command-line name. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.label.equals(value)) {
          return f;
        }
      }
      throw new TypeConversionException(
          "unknown format '" + value + "'; expected gdelt-events or plover");
    }
  }
}
