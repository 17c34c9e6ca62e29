package fr.guichet.billing.document;

import fr.guichet.billing.document.InvoiceDocument.VatAmount;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks that the totals Mustang wrote into a Factur-X XML are the document's, to the cent: the header's line total,
 * tax basis, tax, grand total, prepaid and due amounts, and each VAT breakdown's basis and tax. Mustang computes them
 * from the items; billing computed the document's. A difference means the PDF and its XML would disagree, which an
 * issued invoice must never do, so it is refused.
 */
final class FacturXTotals {

    static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

    private FacturXTotals() {}

    static void check(byte[] xml, InvoiceDocument document) {
        Element settlement = child(parse(xml).getDocumentElement(), "ApplicableHeaderTradeSettlement");
        Element summation = child(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation");
        List<String> differences = new ArrayList<>();
        compare(differences, summation, "LineTotalAmount", document.totalHt());
        compare(differences, summation, "TaxBasisTotalAmount", document.totalHt());
        compare(differences, summation, "TaxTotalAmount", document.totalVat());
        compare(differences, summation, "GrandTotalAmount", document.totalTtc());
        compare(differences, summation, "TotalPrepaidAmount", document.prepaid());
        compare(differences, summation, "DuePayableAmount", document.amountDue());
        List<Element> taxes = children(settlement, "ApplicableTradeTax");
        if (taxes.size() != document.vatBreakdown().size()) {
            differences.add(taxes.size() + " VAT breakdowns, the document has "
                    + document.vatBreakdown().size());
        } else {
            for (VatAmount vat : document.vatBreakdown()) {
                Element tax = taxes.stream()
                        .filter(t -> amount(t, "RateApplicablePercent").compareTo(vat.rate()) == 0)
                        .findFirst()
                        .orElse(null);
                if (tax == null) {
                    differences.add("no VAT breakdown at " + vat.rate() + " %");
                } else {
                    compare(differences, tax, "BasisAmount", vat.base());
                    compare(differences, tax, "CalculatedAmount", vat.amount());
                }
            }
        }
        if (!differences.isEmpty()) {
            throw new IllegalStateException(
                    "Factur-X totals of " + document.number() + " differ from the document's: " + differences);
        }
    }

    private static void compare(List<String> differences, Element parent, String name, BigDecimal expected) {
        BigDecimal actual = amount(parent, name);
        if (expected == null || actual.compareTo(expected) != 0) {
            differences.add(name + " " + actual + " instead of " + expected);
        }
    }

    private static BigDecimal amount(Element parent, String name) {
        return new BigDecimal(child(parent, name).getTextContent().trim());
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.isEmpty()) {
            // the settlement sits two levels down (SupplyChainTradeTransaction), the rest are direct children
            NodeList deep = parent.getElementsByTagNameNS(RAM, name);
            if (deep.getLength() == 0) {
                throw new IllegalStateException("Factur-X XML without " + name);
            }
            return (Element) deep.item(0);
        }
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e
                    && RAM.equals(e.getNamespaceURI())
                    && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("Mustang wrote an unreadable Factur-X XML", e);
        }
    }
}
