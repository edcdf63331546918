package org.ocnkit.certificate.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.transform.sax.SAXSource;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Where each element of an XML file starts, by path: {@code /certificate/units/unit[2]/achieved}
 * (1-based index among same-named siblings; {@code [1]} is left out). Reading a file that has
 * passed the schema, so the parse does not fail.
 */
final class ElementPositions extends DefaultHandler {
  /** A line and column, 1-based. */
  record Position(int line, int column) {}

  private final Map<String, Position> positions = new HashMap<>();
  private final Deque<String> path = new ArrayDeque<>();
  private final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();
  private Locator locator;

  static ElementPositions of(SAXSource source) {
    ElementPositions handler = new ElementPositions();
    handler.siblings.push(new HashMap<>());
    try {
      source.getXMLReader().setContentHandler(handler);
      source.getXMLReader().parse(source.getInputSource());
    } catch (SAXException | java.io.IOException e) {
      // The schema pass reported it; positions found so far are still useful.
    }
    return handler;
  }

  /** The position of the element at {@code path}, or (0, 0) if unknown. */
  Position at(String elementPath) {
    return positions.getOrDefault(elementPath, new Position(0, 0));
  }

  @Override
  public void setDocumentLocator(Locator newLocator) {
    this.locator = newLocator;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    int n = siblings.peek().merge(localName, 1, Integer::sum);
    String parent = path.isEmpty() ? "" : path.peek();
    String here = parent + "/" + localName + (n == 1 ? "" : "[" + n + "]");
    path.push(here);
    siblings.push(new HashMap<>());
    positions.put(
        here,
        locator == null
            ? new Position(0, 0)
            : new Position(locator.getLineNumber(), locator.getColumnNumber()));
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    path.pop();
    siblings.pop();
  }
}
