package org.newsgraph.eval.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The PETRARCH unit-test records file: the dictionaries its {@code <Environment>} names (resolved next to it) and
 * its sentences in file order, with the {@code <Config>} options in force for each.
 */
public record PetrarchSuite(Path verbs, Path actors, Path agents, Path discards, List<PetrarchCase> cases) {

  /** The categories the issue reports on; others are folded into the one they start with. */
  public static final List<String> CATEGORIES = List.of("DEMO", "SYNSET", "COMPOUND", "PATTERN", "AGENT", "VERB",
      "DATE", "MODIFY", "ACTOR", "PARSING", "ERROR");

  public PetrarchSuite {
    cases = List.copyOf(cases);
  }

  public static PetrarchSuite read(Path file) throws IOException {
    Document document = parse(file);
    Element root = document.getDocumentElement();
    Path dir = file.toAbsolutePath().getParent();
    Element environment = first(root, "Environment");
    Path verbs = dir.resolve(text(environment, "Verbfile"));
    Path actors = dir.resolve(text(environment, "Actorfile"));
    Path agents = dir.resolve(text(environment, "Agentfile"));
    String discardName = text(environment, "Discardfile");
    Path discards = discardName.isEmpty() ? null : dir.resolve(discardName);
    List<PetrarchCase> cases = new ArrayList<>();
    boolean requireDyad = true;
    Element sentences = first(root, "Sentences");
    for (Node node = sentences.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (!(node instanceof Element element)) {
        continue;
      }
      if (element.getTagName().equals("Config")) {
        if (element.getAttribute("option").equals("require_dyad")) {
          requireDyad = Boolean.parseBoolean(element.getAttribute("value").strip().toLowerCase(Locale.ROOT));
        }
      } else if (element.getTagName().equals("Sentence")) {
        cases.add(sentence(element, requireDyad));
      }
    }
    return new PetrarchSuite(verbs, actors, agents, discards, cases);
  }

  private static PetrarchCase sentence(Element element, boolean requireDyad) {
    List<ExpectedCoding> expected = new ArrayList<>();
    NodeList codings = element.getElementsByTagName("EventCoding");
    for (int i = 0; i < codings.getLength(); i++) {
      Element c = (Element) codings.item(i);
      if (c.hasAttribute("noevents")) {
        expected.add(new ExpectedCoding(null, null, null, true, null));
      } else if (c.hasAttribute("error")) {
        expected.add(new ExpectedCoding(null, null, null, false, c.getAttribute("error").strip()));
      } else {
        expected.add(ExpectedCoding.coding(c.getAttribute("sourcecode"), c.getAttribute("targetcode"),
            c.getAttribute("eventcode")));
      }
    }
    String text = text(element, "Text").replaceAll("\\s+", " ").strip();
    LocalDate date = LocalDate.parse(element.getAttribute("date").strip(), DateTimeFormatter.BASIC_ISO_DATE);
    return new PetrarchCase(element.getAttribute("id").strip(), category(element.getAttribute("category")), date,
        text, expected, requireDyad);
  }

  static String category(String raw) {
    String category = raw.strip().toUpperCase(Locale.ROOT);
    for (String known : CATEGORIES) {
      if (category.startsWith(known)) {
        return known;
      }
    }
    return category;
  }

  private static Document parse(Path file) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      try (var in = Files.newInputStream(file)) {
        return factory.newDocumentBuilder().parse(in);
      }
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": not a PETRARCH records file: " + e.getMessage(), e);
    }
  }

  private static Element first(Element parent, String tag) throws IOException {
    NodeList list = parent.getElementsByTagName(tag);
    if (list.getLength() == 0) {
      throw new IOException("PETRARCH records file has no <" + tag + ">");
    }
    return (Element) list.item(0);
  }

  private static String text(Element parent, String tag) {
    NodeList list = parent.getElementsByTagName(tag);
    return list.getLength() == 0 ? "" : list.item(0).getTextContent().strip();
  }
}
