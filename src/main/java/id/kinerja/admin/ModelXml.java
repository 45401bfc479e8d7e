package id.kinerja.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads model XML as a DOM, namespace-aware and without DOCTYPEs or external entities. */
final class ModelXml {

  /** Why a file is not well-formed XML, with line and column (0 when the parser gave none). */
  static final class Unreadable extends Exception {
    final int line;
    final int column;

    Unreadable(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  private ModelXml() {
  }

  static Document parse(byte[] bytes) throws Unreadable {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler() {
        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return builder.parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      throw new Unreadable(e.getMessage(), Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0));
    } catch (SAXException | IOException e) {
      throw new Unreadable(e.getMessage(), 0, 0);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
