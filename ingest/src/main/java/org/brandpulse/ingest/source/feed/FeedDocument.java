package org.brandpulse.ingest.source.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaderJDOMFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A feed document parsed safely, with each entry's link made absolute.
 *
 * <p><b>Parsing.</b> DOCTYPEs are allowed (RSS 0.91 feeds carry Netscape's), but nothing outside
 * the document is ever read: the JDK's own parser runs with secure processing (entity expansion
 * limits), no external DTD, no external general or parameter entities, and an entity resolver that
 * answers every request with empty input. An external entity is therefore left unexpanded (its text
 * is dropped), never fetched; an entity declared inside the document expands, within the JDK's
 * limits. Rome's XML healing skips whitespace or a BOM before the {@code <?xml} declaration and
 * turns HTML named entities ({@code &eacute;}, which the Netscape DTD would have declared) into
 * character references.
 *
 * <p><b>Links.</b> A relative item link is resolved against the item's {@code xml:base} (if any),
 * else the channel link, itself resolved against the feed's URL when the feed was fetched over
 * HTTP. A link that does not end up as an absolute {@code http(s)} URL with a host (a relative link
 * in a {@code file:} feed whose channel link is relative too, a {@code javascript:} link, an
 * unparsable one) is {@code null}: an item's URL is either clickable or absent.
 */
final class FeedDocument {

  /** A feed document that could not be parsed. */
  static final class BadFeedException extends Exception {
    private static final long serialVersionUID = 1L;

    BadFeedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final SyndFeed feed;
  private final List<URI> entryBases;
  private final URI base;

  private FeedDocument(SyndFeed feed, List<URI> entryBases, URI base) {
    this.feed = feed;
    this.entryBases = entryBases;
    this.base = base;
  }

  /**
   * @param bytes the document
   * @param contentType the HTTP {@code Content-Type}, or null
   * @param location where it came from: an {@code http(s):} URL is the base of relative links, a
   *     {@code file:} URL is not
   */
  static FeedDocument parse(byte[] bytes, String contentType, URI location)
      throws BadFeedException {
    Document document;
    SyndFeed feed;
    try (Reader reader = new XmlFixerReader(xmlReader(bytes, contentType))) {
      document = builder().build(reader);
      feed = new SyndFeedInput().build(document);
    } catch (JDOMException | FeedException | IOException | IllegalArgumentException e) {
      throw new BadFeedException(
          "not an RSS or Atom feed (" + e.getMessage() + "), expected RSS 0.9x/1.0/2.0 or Atom", e);
    }
    URI web = web(location) ? location : null;
    URI channel = resolve(web, feed.getLink());
    URI base = channel != null ? channel : web;
    if (base != null) {
      document.setBaseURI(base.toString());
    }
    return new FeedDocument(feed, entryBases(document, feed.getEntries().size()), base);
  }

  SyndFeed feed() {
    return feed;
  }

  /** Entry {@code index}'s link as an absolute http(s) URL, or null when it cannot be one. */
  String link(int index) {
    String link = feed.getEntries().get(index).getLink();
    URI entryBase = entryBases == null ? base : entryBases.get(index);
    URI resolved = resolve(entryBase, link);
    return resolved == null ? null : resolved.toString();
  }

  /** The link resolved against {@code base}; null unless that gives an absolute http(s) URL. */
  private static URI resolve(URI base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(link.strip().replace(" ", "%20"));
      URI resolved = uri.isAbsolute() || base == null ? uri : base.resolve(uri);
      return web(resolved) && resolved.getHost() != null ? resolved : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean web(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https");
  }

  /**
   * Each entry's base URL (its {@code xml:base} resolved against the document's base), in the order
   * Rome lists entries; null when the items cannot be matched one to one.
   */
  private static List<URI> entryBases(Document document, int entries) {
    Element root = document.getRootElement();
    List<Element> items = new ArrayList<>();
    for (Element e : root.getChildren()) {
      if (e.getName().equals("channel")) {
        e.getChildren().stream().filter(FeedDocument::isItem).forEach(items::add);
      } else if (isItem(e)) {
        items.add(e);
      }
    }
    if (items.size() != entries) {
      return null;
    }
    List<URI> bases = new ArrayList<>();
    for (Element item : items) {
      try {
        URI b = item.getXMLBaseURI();
        bases.add(b != null && web(b) ? b : null);
      } catch (URISyntaxException e) {
        bases.add(null);
      }
    }
    return bases;
  }

  private static boolean isItem(Element e) {
    return e.getName().equals("item") || e.getName().equals("entry");
  }

  private static XmlReader xmlReader(byte[] bytes, String contentType) throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    return contentType == null ? new XmlReader(in) : new XmlReader(in, contentType, true);
  }

  private static SAXBuilder builder() {
    SAXBuilder builder = new SAXBuilder(SAFE_PARSER);
    builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    builder.setExpandEntities(false); // JDOM: external-general-entities off, refs stay refs
    return builder;
  }

  /** The JDK's SAX parser, whatever else is on the class path, locked down. */
  private static final XMLReaderJDOMFactory SAFE_PARSER =
      new XMLReaderJDOMFactory() {
        @Override
        public XMLReader createXMLReader() throws JDOMException {
          try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(
                "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser.getXMLReader();
          } catch (ParserConfigurationException | SAXException e) {
            throw new JDOMException("cannot configure a safe XML parser: " + e.getMessage(), e);
          }
        }

        @Override
        public boolean isValidating() {
          return false;
        }
      };
}
