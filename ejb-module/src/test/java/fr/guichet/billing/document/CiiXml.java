package fr.guichet.billing.document;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

/** A Factur-X (CII) XML read with XPath and its usual prefixes: {@code rsm:}, {@code ram:}, {@code udt:}. */
final class CiiXml {

    private static final Map<String, String> NAMESPACES = Map.of(
            "rsm", "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
            "ram", "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
            "udt", "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100");

    private final Document document;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    private CiiXml(Document document) {
        this.document = document;
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NAMESPACES.get(prefix);
            }

            @Override
            public String getPrefix(String namespaceURI) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                throw new UnsupportedOperationException();
            }
        });
    }

    static CiiXml of(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return new CiiXml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new AssertionError("unreadable XML", e);
        }
    }

    /** The text at {@code path}, white space normalised (Mustang pretty-prints, dates included). */
    String text(String path) {
        try {
            return xpath.evaluate("normalize-space(" + path + ")", document);
        } catch (XPathExpressionException e) {
            throw new AssertionError(path, e);
        }
    }

    BigDecimal amount(String path) {
        return new BigDecimal(text(path));
    }

    int count(String path) {
        return Integer.parseInt(text("count(" + path + ")"));
    }
}
