package org.ocnkit.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * XML parsing set up once, safely, for every ocnkit file format (course units, certificate
 * records): no DTDs, no external entities or schemas (no XXE), namespaces on.
 */
public final class SecureXml {
  private SecureXml() {}

  /** A SAX source over {@code content} that refuses DTDs and external entities. */
  public static SAXSource source(byte[] content) {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      XMLReader reader = factory.newSAXParser().getXMLReader();
      return new SAXSource(reader, new InputSource(new ByteArrayInputStream(content)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured securely", e);
    }
  }

  /** A schema shipped in the jar, loaded without reaching for anything outside it. */
  public static Schema schema(URL location) {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(location);
    } catch (SAXException e) {
      throw new IllegalStateException("the shipped schema " + location + " does not load", e);
    }
  }

  /** The JAXB context of a binding class shipped in the jar. */
  public static JAXBContext context(Class<?> binding) {
    try {
      return JAXBContext.newInstance(binding);
    } catch (JAXBException e) {
      throw new IllegalStateException("the XML binding " + binding.getName() + " does not load", e);
    }
  }

  /**
   * Validates {@code content} against {@code schema} through {@link #source}, with external DTDs
   * and schemas refused and the parser's messages in English, and collects every error instead of
   * stopping at the first.
   */
  public static SchemaValidation validate(Schema schema, byte[] content) {
    List<SAXParseException> errors = new ArrayList<>();
    boolean[] fatal = {false};
    Validator validator = schema.newValidator();
    try {
      validator.setProperty("http://apache.org/xml/properties/locale", Locale.ENGLISH);
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      // Other parsers: messages follow the default locale.
    }
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      throw new IllegalStateException("the JDK's validator cannot be configured securely", e);
    }
    validator.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e);
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXParseException {
            fatal[0] = true;
            errors.add(e);
            throw e;
          }
        });
    try {
      validator.validate(source(content));
    } catch (SAXParseException e) {
      if (!fatal[0]) {
        errors.add(e);
      }
      fatal[0] = true;
    } catch (SAXException | IOException e) {
      return new SchemaValidation(errors, true, Optional.of(String.valueOf(e.getMessage())));
    }
    return new SchemaValidation(errors, fatal[0], Optional.empty());
  }
}
