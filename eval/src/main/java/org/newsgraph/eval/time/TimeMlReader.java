package org.newsgraph.eval.time;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimeType;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/** Reads TimeML 1.2.1 files ({@code .tml}) as TempEval-3 distributes them. */
public final class TimeMlReader {

  /** The two corpora of TempEval-3's TBAQ-cleaned training data, read when a directory holds them. */
  private static final List<String> CORPORA = List.of("TimeBank", "AQUAINT");

  /**
   * Every {@code .tml} document of a data directory, in name order: those of its {@code TimeBank/} and
   * {@code AQUAINT/} folders when it has them, else those directly in it.
   */
  public List<TimeMlDocument> readAll(Path directory) throws IOException {
    List<Path> folders = CORPORA.stream().map(directory::resolve).filter(Files::isDirectory).toList();
    List<TimeMlDocument> documents = new ArrayList<>();
    for (Path folder : folders.isEmpty() ? List.of(directory) : folders) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tml")).sorted().toList()) {
          documents.add(read(file));
        }
      }
    }
    return documents;
  }

  public TimeMlDocument read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      Handler handler = new Handler();
      parser().parse(in, handler);
      String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
      return new TimeMlDocument(name, handler.text.toString(), handler.anchor, handler.gold);
    } catch (SAXException e) {
      throw new IOException(file + ": not well-formed TimeML: " + e.getMessage(), e);
    }
  }

  private static SAXParser parser() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newSAXParser();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("no usable SAX parser", e);
    }
  }

  /** Collects the text inside {@code TEXT} and the TIMEX3 spans over it. */
  private static final class Handler extends DefaultHandler {
    private final StringBuilder text = new StringBuilder();
    private final List<TimeExpression> gold = new ArrayList<>();
    private LocalDate anchor;
    private boolean inText;
    private Attributes openTimex;
    private int timexStart;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (qName.equals("TEXT")) {
        inText = true;
      } else if (qName.equals("TIMEX3")) {
        if ("CREATION_TIME".equals(attributes.getValue("functionInDocument"))) {
          anchor = date(attributes.getValue("value"));
        }
        if (inText) {
          openTimex = new AttributesImpl(attributes);
          timexStart = text.length();
        }
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (qName.equals("TEXT")) {
        inText = false;
      } else if (qName.equals("TIMEX3") && openTimex != null) {
        String type = openTimex.getValue("type").toUpperCase(Locale.ROOT);
        gold.add(new TimeExpression(text.substring(timexStart), timexStart, text.length(), TimeType.valueOf(type),
            openTimex.getValue("value")));
        openTimex = null;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inText) {
        text.append(ch, start, length);
      }
    }

    private static LocalDate date(String value) {
      try {
        return value == null || value.length() < 10 ? null : LocalDate.parse(value.substring(0, 10));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }
}
