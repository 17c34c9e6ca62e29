package fr.guichet.billing.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Mustang's validator run on a rendered PDF, read part by part: its overall verdict can say valid while the PDF/A
 * part of the report is invalid (STACK.md trap 20), so the PDF summary, the XML summary and every message are
 * checked. The report is the failure message.
 */
record FacturXReport(String xml, Document report) {

    static FacturXReport validate(byte[] pdf, String name) {
        String xml = new ZUGFeRDValidator().validate(pdf, name);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            return new FacturXReport(
                    xml,
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("unreadable validation report:\n" + xml, e);
        }
    }

    String status(String part) {
        return text("/validation/" + part + "/summary/@status");
    }

    int count(String element) {
        try {
            return ((NodeList) XPathFactory.newInstance()
                            .newXPath()
                            .evaluate("//" + element, report, XPathConstants.NODESET))
                    .getLength();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Valid PDF/A, valid XML (schema, EN 16931 and BR-FR rules), and not one error or warning anywhere. */
    void assertValid() {
        assertThat(status("pdf")).as("PDF/A part of the report\n%s", xml).isEqualTo("valid");
        assertThat(status("xml")).as("XML part of the report\n%s", xml).isEqualTo("valid");
        assertThat(count("error")).as("errors in the report\n%s", xml).isZero();
        assertThat(count("exception")).as("exceptions in the report\n%s", xml).isZero();
        assertThat(count("warning")).as("warnings in the report\n%s", xml).isZero();
        assertThat(text("/validation/summary/@status"))
                .as("overall verdict\n%s", xml)
                .isEqualTo("valid");
    }

    /** For an XML validated alone: valid against the schema, EN 16931 and BR-FR, without an error or warning. */
    void assertValidXml() {
        assertThat(status("xml")).as("XML part of the report\n%s", xml).isEqualTo("valid");
        assertThat(count("error")).as("errors in the report\n%s", xml).isZero();
        assertThat(count("exception")).as("exceptions in the report\n%s", xml).isZero();
        assertThat(count("warning")).as("warnings in the report\n%s", xml).isZero();
    }

    private String text(String xpath) {
        try {
            return XPathFactory.newInstance().newXPath().evaluate(xpath, report);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
