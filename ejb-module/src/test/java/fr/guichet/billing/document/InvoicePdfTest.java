package fr.guichet.billing.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.billing.document.InvoiceDocument.Line;
import fr.guichet.billing.document.InvoiceDocument.VatTreatment;
import fr.guichet.billing.document.InvoicePdf.Rendered;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

class InvoicePdfTest {

    /** One renderer for all: loading the compiled template is its costly part. */
    private static final InvoicePdf PDF = new InvoicePdf();

    /** Two lines and a negative discount line at 20 %, 100 € already paid: 1 234,31 € HT, 1 481,17 € TTC. */
    private static InvoiceDocuments frenchBusiness() {
        return InvoiceDocuments.invoice()
                .line("Abonnement Guichet Pro", "1", "MON", "1200.00", "20.00")
                .line("Appels API au-delà du forfait", "12345", "C62", "0.0125", "20.00")
                .line("Remise fidélité", "-1", "C62", "120.00", "20.00")
                .prepaid("100.00");
    }

    @Test
    @DisplayName("a French business invoice prints every mandatory mention, amounts in French style")
    void frenchMentions() throws IOException {
        byte[] pdf = PDF.render(frenchBusiness().build()).pdf();
        String text = text(pdf);

        assertThat(text)
                .contains("Facture", "N° INV-2026-000123", "Date d'émission : 15/01/2026")
                // the seller's legal identity
                .contains("Guichet Solutions", "12 rue de la Paix", "75002 Paris", "France")
                .contains("SAS au capital de 10 000 €", "SIREN 123456782", "SIRET 12345678200010")
                .contains("RCS Paris 123 456 782", "N° TVA intracommunautaire : FR11123456782")
                // the buyer
                .contains("Atelier Dupont SARL", "5 avenue Jean Jaurès", "Bâtiment B", "69007 Lyon")
                .contains("SIREN : 987654324", "N° TVA intracommunautaire : FR14987654324")
                // the operation
                .contains("Période : du 01/12/2025 au 31/12/2025")
                .contains("Nature de l'opération : Prestation de services")
                // the lines: description, quantity, unit price HT, VAT rate, amount HT
                .contains("Abonnement Guichet Pro", "1 mois", "1 200,00 €", "20 %")
                .contains("Appels API au-delà du forfait", "12 345", "0,0125 €", "154,31 €")
                .contains("Remise fidélité", "-1", "120,00 €", "-120,00 €")
                // the totals
                .contains("Total HT", "1 234,31 €", "TVA 20 %", "246,86 €", "Total TTC", "1 481,17 €")
                .contains("Déjà réglé", "100,00 €", "Net à payer", "1 381,17 €")
                // payment and the mentions owed to a business buyer
                .contains("Date d'échéance : 14/02/2026", "Conditions de paiement : Virement à 30 jours")
                .contains("Pénalités de retard : 3 fois le taux d'intérêt légal")
                .contains("Indemnité forfaitaire pour frais de recouvrement : 40 €")
                .contains("Pas d'escompte pour paiement anticipé")
                .contains("IBAN : FR7630006000011234567890189", "BIC : AGRIFRPPXXX")
                .doesNotContain("Autoliquidation", "259-1", "Avoir sur la facture");
        // each value beside its label, each line on one row
        assertThat(text(pdf, true))
                .contains("Abonnement Guichet Pro 1 mois 1 200,00 € 20 % 1 200,00 €")
                .contains("Remise fidélité -1 120,00 € 20 % -120,00 €")
                .contains("Total HT 1 234,31 €", "TVA 20 % 246,86 €", "Total TTC 1 481,17 €")
                .contains("Déjà réglé 100,00 €", "Net à payer 1 381,17 €");
    }

    @Test
    @DisplayName("a French business invoice is a valid PDF/A-3 with a valid Factur-X, its XML embedded as is")
    void frenchValid() throws IOException {
        Rendered rendered = PDF.render(frenchBusiness().build());

        FacturXReport.validate(rendered.pdf(), "INV-2026-000123.pdf").assertValid();
        assertThat(embedded(rendered.pdf())).containsKey("factur-x.xml");
        assertThat(embedded(rendered.pdf()).get("factur-x.xml")).isEqualTo(rendered.xml());
        assertThat(rendered.pdf()).startsWith("%PDF-".getBytes());
    }

    @Test
    @DisplayName("the Factur-X XML declares the document's totals, its 380 type and the French notes")
    void xmlTotals() throws Exception {
        InvoiceDocument document = frenchBusiness().build();
        Document xml = parse(PDF.facturX(document));
        XPath path = XPathFactory.newInstance().newXPath();
        String sum = "//*[local-name()='SpecifiedTradeSettlementHeaderMonetarySummation']/*[local-name()='%s']";

        assertThat(amount(path, xml, sum.formatted("LineTotalAmount"))).isEqualByComparingTo(document.totalHt());
        assertThat(amount(path, xml, sum.formatted("TaxBasisTotalAmount"))).isEqualByComparingTo("1234.31");
        assertThat(amount(path, xml, sum.formatted("TaxTotalAmount"))).isEqualByComparingTo(document.totalVat());
        assertThat(amount(path, xml, sum.formatted("GrandTotalAmount"))).isEqualByComparingTo("1481.17");
        assertThat(amount(path, xml, sum.formatted("TotalPrepaidAmount"))).isEqualByComparingTo("100.00");
        assertThat(amount(path, xml, sum.formatted("DuePayableAmount"))).isEqualByComparingTo(document.amountDue());
        assertThat(path.evaluate("//*[local-name()='ExchangedDocument']/*[local-name()='TypeCode']", xml))
                .isEqualTo("380");
        assertThat(path.evaluate("count(//*[local-name()='IncludedSupplyChainTradeLineItem'])", xml))
                .isEqualTo("3");
        String note = "//*[local-name()='IncludedNote'][*[local-name()='SubjectCode']='%s']/*[local-name()='Content']";
        assertThat(path.evaluate(note.formatted("PMT"), xml))
                .isEqualTo("Indemnité forfaitaire pour frais de recouvrement : 40 €");
        assertThat(path.evaluate(note.formatted("PMD"), xml))
                .isEqualTo("Pénalités de retard : 3 fois le taux d'intérêt légal");
        assertThat(path.evaluate(note.formatted("AAB"), xml)).isEqualTo("Pas d'escompte pour paiement anticipé");
    }

    static Stream<Arguments> otherCases() {
        return Stream.of(
                Arguments.of(
                        "EU reverse charge: a German business, in French",
                        InvoiceDocuments.invoice()
                                .buyer(InvoiceDocuments.GERMAN_BUSINESS, VatTreatment.EU_REVERSE_CHARGE)
                                .line("Abonnement Guichet Pro", "1", "MON", "1200.00", "0.00")
                                .line("Remise de lancement", "-1", "C62", "200.00", "0.00")
                                .build(),
                        List.of(
                                "Müller Software GmbH",
                                "Hauptstraße 1",
                                "10115 Berlin",
                                "Allemagne",
                                "N° TVA intracommunautaire : DE123456789",
                                "Autoliquidation",
                                "Reverse charge",
                                "TVA 0 %",
                                "1 000,00 €",
                                "Indemnité forfaitaire pour frais de recouvrement : 40 €")),
                Arguments.of(
                        "outside the EU: an American business, in English",
                        InvoiceDocuments.invoice()
                                .language(Locale.ENGLISH)
                                .buyer(InvoiceDocuments.AMERICAN_BUSINESS, VatTreatment.OUTSIDE_EU)
                                .line("Guichet Pro subscription", "3", "MON", "1500.00", "0.00")
                                .build(),
                        List.of(
                                "Invoice",
                                "Acme Analytics Inc.",
                                "94105 San Francisco",
                                "United States",
                                "Not subject to French VAT, article 259-1 of the French tax code",
                                "3 month",
                                "€1,500.00",
                                "€4,500.00",
                                "VAT 0%")),
                Arguments.of(
                        "in English: a French business at 20 %",
                        frenchBusiness().language(Locale.ENGLISH).build(),
                        List.of(
                                "Invoice",
                                "No. INV-2026-000123",
                                "Issue date: 15 January 2026",
                                "Due date: 14 February 2026",
                                "Service period: 1 December 2025 to 31 December 2025",
                                "Type of operation: Provision of services",
                                "SAS with a share capital of 10 000 €",
                                "VAT number: FR11123456782",
                                "Bill to",
                                "VAT number: FR14987654324",
                                "12,345",
                                "€1,200.00",
                                "-€120.00",
                                "Total excl. VAT",
                                "€1,234.31",
                                "VAT 20%",
                                "€246.86",
                                "Total incl. VAT",
                                "€1,481.17",
                                "Prepaid",
                                "Amount due",
                                "€1,381.17",
                                "Payment terms: Virement à 30 jours",
                                "Late payment penalties: 3 fois le taux d'intérêt légal",
                                "Fixed compensation for recovery costs: €40",
                                "No discount for early payment")),
                Arguments.of(
                        "a credit note, which names the invoice it corrects",
                        InvoiceDocuments.invoice()
                                .creditNote("AV-2026-000007", "INV-2026-000100", LocalDate.of(2025, 12, 15))
                                .line("Remboursement partiel de décembre", "0.5", "MON", "1200.00", "20.00")
                                .build(),
                        List.of(
                                "Avoir",
                                "N° AV-2026-000007",
                                "Avoir sur la facture INV-2026-000100 du 15/12/2025",
                                "0,5 mois",
                                "600,00 €",
                                "720,00 €",
                                "Net en votre faveur")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherCases")
    @DisplayName("each case is a valid PDF/A-3 with a valid Factur-X and prints its own mentions")
    void otherCasesValid(String name, InvoiceDocument document, List<String> mentions) throws IOException {
        Rendered rendered = PDF.render(document);

        FacturXReport.validate(rendered.pdf(), document.number() + ".pdf").assertValid();
        assertThat(text(rendered.pdf())).contains(mentions);
    }

    @Test
    @DisplayName("the VAT category follows the treatment: S at 20 %, AE and G at 0 with their exemption reason")
    void vatCategories() throws Exception {
        XPath path = XPathFactory.newInstance().newXPath();
        String tax = "//*[local-name()='ApplicableHeaderTradeSettlement']/*[local-name()='ApplicableTradeTax']"
                + "/*[local-name()='%s']";
        Document french = parse(PDF.facturX(frenchBusiness().build()));
        assertThat(path.evaluate(tax.formatted("CategoryCode"), french)).isEqualTo("S");
        assertThat(path.evaluate(tax.formatted("RateApplicablePercent"), french))
                .isEqualTo("20.00");

        Document reverse = parse(PDF.facturX(InvoiceDocuments.invoice()
                .buyer(InvoiceDocuments.GERMAN_BUSINESS, VatTreatment.EU_REVERSE_CHARGE)
                .line("Abonnement", "1", "MON", "100.00", "0.00")
                .build()));
        assertThat(path.evaluate(tax.formatted("CategoryCode"), reverse)).isEqualTo("AE");
        assertThat(path.evaluate(tax.formatted("ExemptionReason"), reverse)).isEqualTo("Autoliquidation");
        assertThat(path.evaluate(tax.formatted("RateApplicablePercent"), reverse))
                .isEqualTo("0.00");
        assertThat(path.evaluate(tax.formatted("CalculatedAmount"), reverse)).isEqualTo("0.00");

        Document export = parse(PDF.facturX(InvoiceDocuments.invoice()
                .buyer(InvoiceDocuments.AMERICAN_BUSINESS, VatTreatment.OUTSIDE_EU)
                .line("Abonnement", "1", "MON", "100.00", "0.00")
                .build()));
        assertThat(path.evaluate(tax.formatted("CategoryCode"), export)).isEqualTo("G");
        assertThat(path.evaluate(tax.formatted("ExemptionReason"), export))
                .isEqualTo("TVA non applicable, art. 259-1 du CGI");
    }

    @Test
    @DisplayName(
            "the parties carry SIREN (0002), VAT numbers and e-mail addresses (EM); payment by transfer to the IBAN")
    void xmlPartiesAndPayment() throws Exception {
        Document xml = parse(PDF.facturX(frenchBusiness().build()));
        XPath path = XPathFactory.newInstance().newXPath();
        String seller = "//*[local-name()='SellerTradeParty']";
        String buyer = "//*[local-name()='BuyerTradeParty']";
        String legal = "/*[local-name()='SpecifiedLegalOrganization']/*[local-name()='ID']";
        String email = "/*[local-name()='URIUniversalCommunication']/*[local-name()='URIID']";
        String vat = "/*[local-name()='SpecifiedTaxRegistration']/*[local-name()='ID'][@schemeID='VA']";

        assertThat(path.evaluate(seller + legal, xml)).isEqualTo("123456782");
        assertThat(path.evaluate(seller + legal + "/@schemeID", xml)).isEqualTo("0002");
        assertThat(path.evaluate(seller + vat, xml)).isEqualTo("FR11123456782");
        assertThat(path.evaluate(seller + email, xml)).isEqualTo("facturation@guichet.test");
        assertThat(path.evaluate(seller + email + "/@schemeID", xml)).isEqualTo("EM");
        assertThat(path.evaluate(buyer + legal, xml)).isEqualTo("987654324");
        assertThat(path.evaluate(buyer + vat, xml)).isEqualTo("FR14987654324");
        assertThat(path.evaluate(buyer + email, xml)).isEqualTo("compta@dupont.test");
        String means = "//*[local-name()='SpecifiedTradeSettlementPaymentMeans']";
        assertThat(path.evaluate(means + "/*[local-name()='TypeCode']", xml)).isEqualTo("58");
        assertThat(path.evaluate(means + "//*[local-name()='IBANID']", xml)).isEqualTo("FR7630006000011234567890189");
        String terms = "//*[local-name()='SpecifiedTradePaymentTerms']";
        assertThat(path.evaluate(terms + "/*[local-name()='Description']", xml)).isEqualTo("Virement à 30 jours");
        assertThat(path.evaluate(terms + "//*[local-name()='DateTimeString']", xml))
                .isEqualTo("20260214");
        String period = "//*[local-name()='ApplicableHeaderTradeSettlement']/*[local-name()='BillingSpecifiedPeriod']";
        assertThat(path.evaluate("normalize-space(" + period + "/*[local-name()='StartDateTime'])", xml))
                .isEqualTo("20251201");
        assertThat(path.evaluate("normalize-space(" + period + "/*[local-name()='EndDateTime'])", xml))
                .isEqualTo("20251231");
    }

    @Test
    @DisplayName("a credit note is type 381 and refers to the invoice it corrects")
    void creditNoteXml() throws Exception {
        Document xml = parse(PDF.facturX(InvoiceDocuments.invoice()
                .creditNote("AV-2026-000007", "INV-2026-000100", LocalDate.of(2025, 12, 15))
                .line("Remboursement", "1", "MON", "100.00", "20.00")
                .build()));
        XPath path = XPathFactory.newInstance().newXPath();
        String referenced = "//*[local-name()='InvoiceReferencedDocument']";

        assertThat(path.evaluate("//*[local-name()='ExchangedDocument']/*[local-name()='TypeCode']", xml))
                .isEqualTo("381");
        assertThat(path.evaluate(referenced + "/*[local-name()='IssuerAssignedID']", xml))
                .isEqualTo("INV-2026-000100");
        assertThat(path.evaluate(referenced + "//*[local-name()='DateTimeString']", xml))
                .isEqualTo("20251215");
    }

    @Test
    @DisplayName("a negative unit price becomes a negative quantity at a positive price: same amount, valid XML")
    void negativePrice() throws Exception {
        InvoiceDocument document = frenchBusiness()
                .line("Avoir commercial", "2", "C62", "-15.50", "20.00")
                .build();
        byte[] xml = PDF.facturX(document);

        FacturXReport.validate(xml, "negative.xml").assertValidXml();
        XPath path = XPathFactory.newInstance().newXPath();
        String line = "//*[local-name()='IncludedSupplyChainTradeLineItem'][4]";
        Document parsed = parse(xml);
        assertThat(path.evaluate(line + "//*[local-name()='BilledQuantity']", parsed))
                .isEqualTo("-2.0000");
        assertThat(amount(
                        path,
                        parsed,
                        line + "//*[local-name()='NetPriceProductTradePrice']/*[local-name()='ChargeAmount']"))
                .isEqualByComparingTo("15.50");
        assertThat(amount(path, parsed, line + "//*[local-name()='LineTotalAmount']"))
                .isEqualByComparingTo("-31.00");
        assertThat(text(PDF.render(document).pdf())).contains("Avoir commercial", "-15,50 €", "-31,00 €");
    }

    @Test
    @DisplayName("a line whose amount is not quantity × unit price is refused, not declared")
    void inconsistentLineRefused() {
        InvoiceDocument document = InvoiceDocuments.invoice()
                .line(new Line(
                        "Abonnement",
                        new BigDecimal("3"),
                        "MON",
                        new BigDecimal("33.33"),
                        new BigDecimal("20.00"),
                        new BigDecimal("100.00")))
                .build();

        assertThatThrownBy(() -> PDF.render(document))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("99.99");
    }

    @Test
    @DisplayName("totals that the lines do not add up to are refused, so the PDF and its XML never disagree")
    void inconsistentTotalsRefused() {
        InvoiceDocument good = frenchBusiness().build();
        InvoiceDocument wrongVat = new InvoiceDocument(
                good.kind(),
                good.number(),
                good.issueDate(),
                good.dueDate(),
                good.periodStart(),
                good.periodEnd(),
                good.credited(),
                good.language(),
                good.seller(),
                good.buyer(),
                good.terms(),
                good.vat(),
                good.lines(),
                good.vatBreakdown(),
                good.totalHt(),
                good.totalVat().add(new BigDecimal("0.01")),
                good.totalTtc().add(new BigDecimal("0.01")),
                good.prepaid(),
                good.amountDue().add(new BigDecimal("0.01")));

        assertThatThrownBy(() -> PDF.facturX(wrongVat))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TaxTotalAmount 246.86 instead of 246.87")
                .hasMessageContaining("GrandTotalAmount");
    }

    private static BigDecimal amount(XPath path, Document xml, String expression) throws Exception {
        return new BigDecimal(path.evaluate(expression, xml).trim());
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The PDF's text, every run of white space (no-break spaces included) made one space. */
    static String text(byte[] pdf) throws IOException {
        return text(pdf, false);
    }

    /**
     * The PDF's text, in content order or, {@code byPosition}, as read on the page line by line (so that a label is
     * followed by the value printed beside it), every run of white space (no-break spaces included) made one space.
     */
    static String text(byte[] pdf, boolean byPosition) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            return stripper.getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " ");
        }
    }

    /** The files embedded in the PDF, by name. */
    static Map<String, byte[]> embedded(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, PDComplexFileSpecification> files =
                    document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            Map<String, byte[]> contents = new HashMap<>();
            for (Map.Entry<String, PDComplexFileSpecification> file : files.entrySet()) {
                contents.put(file.getKey(), file.getValue().getEmbeddedFile().toByteArray());
            }
            return contents;
        }
    }
}
