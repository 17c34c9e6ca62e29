package fr.guichet.billing.document;

import static fr.guichet.billing.document.InvoiceDocuments.frenchBusiness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.billing.document.InvoiceDocument.Line;
import fr.guichet.billing.document.InvoiceDocument.VatTreatment;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Factur-X XML alone: what it declares, and the documents it refuses to declare. */
class InvoicePdfXmlTest {

    private static final InvoicePdf PDF = new InvoicePdf();
    private static final String SUM = "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:";
    private static final String TAX = "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:";

    @Test
    @DisplayName("the XML declares the document's totals, its 380 type, its lines and the French notes")
    void totalsAndNotes() {
        InvoiceDocument document = frenchBusiness().build();
        CiiXml xml = CiiXml.of(PDF.facturX(document));

        assertThat(xml.amount(SUM + "LineTotalAmount")).isEqualByComparingTo(document.totalHt());
        assertThat(xml.amount(SUM + "TaxBasisTotalAmount")).isEqualByComparingTo("1234.31");
        assertThat(xml.amount(SUM + "TaxTotalAmount")).isEqualByComparingTo(document.totalVat());
        assertThat(xml.amount(SUM + "GrandTotalAmount")).isEqualByComparingTo("1481.17");
        assertThat(xml.amount(SUM + "TotalPrepaidAmount")).isEqualByComparingTo("100.00");
        assertThat(xml.amount(SUM + "DuePayableAmount")).isEqualByComparingTo(document.amountDue());
        assertThat(xml.text("//rsm:ExchangedDocument/ram:TypeCode")).isEqualTo("380");
        assertThat(xml.text("//rsm:ExchangedDocument/ram:ID")).isEqualTo("INV-2026-000123");
        assertThat(xml.count("//ram:IncludedSupplyChainTradeLineItem")).isEqualTo(3);
        String note = "//rsm:ExchangedDocument/ram:IncludedNote[ram:SubjectCode='%s']/ram:Content";
        assertThat(xml.text(note.formatted("PMT")))
                .isEqualTo("Indemnité forfaitaire pour frais de recouvrement : 40 €");
        assertThat(xml.text(note.formatted("PMD"))).isEqualTo("Pénalités de retard : 3 fois le taux d'intérêt légal");
        assertThat(xml.text(note.formatted("AAB"))).isEqualTo("Pas d'escompte pour paiement anticipé");
    }

    @Test
    @DisplayName("the VAT category follows the treatment: S at 20 %, AE and G at 0 with their exemption reason")
    void vatCategories() {
        CiiXml french = CiiXml.of(PDF.facturX(frenchBusiness().build()));
        assertThat(french.text(TAX + "CategoryCode")).isEqualTo("S");
        assertThat(french.text(TAX + "RateApplicablePercent")).isEqualTo("20.00");
        assertThat(french.amount(TAX + "CalculatedAmount")).isEqualByComparingTo("246.86");

        CiiXml reverse = CiiXml.of(PDF.facturX(InvoiceDocuments.invoice()
                .buyer(InvoiceDocuments.GERMAN_BUSINESS, VatTreatment.EU_REVERSE_CHARGE)
                .line("Abonnement", "1", "MON", "100.00", "0.00")
                .build()));
        assertThat(reverse.text(TAX + "CategoryCode")).isEqualTo("AE");
        assertThat(reverse.text(TAX + "ExemptionReason")).isEqualTo("Autoliquidation");
        assertThat(reverse.text(TAX + "ExemptionReasonCode")).isEqualTo("VATEX-EU-AE");
        assertThat(reverse.text(TAX + "RateApplicablePercent")).isEqualTo("0.00");
        assertThat(reverse.amount(TAX + "CalculatedAmount")).isZero();

        CiiXml export = CiiXml.of(PDF.facturX(InvoiceDocuments.invoice()
                .buyer(InvoiceDocuments.AMERICAN_BUSINESS, VatTreatment.OUTSIDE_EU)
                .line("Abonnement", "1", "MON", "100.00", "0.00")
                .build()));
        assertThat(export.text(TAX + "CategoryCode")).isEqualTo("G");
        assertThat(export.text(TAX + "ExemptionReason")).isEqualTo("TVA non applicable, art. 259-1 du CGI");
        assertThat(export.text(TAX + "ExemptionReasonCode")).isEqualTo("VATEX-EU-G");
    }

    @Test
    @DisplayName(
            "the parties carry SIREN (0002), VAT numbers and e-mail addresses (EM); payment by transfer to the IBAN")
    void partiesAndPayment() {
        CiiXml xml = CiiXml.of(PDF.facturX(frenchBusiness().build()));
        String seller = "//ram:SellerTradeParty/ram:";
        String buyer = "//ram:BuyerTradeParty/ram:";

        assertThat(xml.text(seller + "SpecifiedLegalOrganization/ram:ID")).isEqualTo("123456782");
        assertThat(xml.text(seller + "SpecifiedLegalOrganization/ram:ID/@schemeID"))
                .isEqualTo("0002");
        assertThat(xml.text(seller + "SpecifiedTaxRegistration/ram:ID[@schemeID='VA']"))
                .isEqualTo("FR11123456782");
        assertThat(xml.text(seller + "URIUniversalCommunication/ram:URIID")).isEqualTo("facturation@guichet.test");
        assertThat(xml.text(seller + "URIUniversalCommunication/ram:URIID/@schemeID"))
                .isEqualTo("EM");
        assertThat(xml.text(buyer + "SpecifiedLegalOrganization/ram:ID")).isEqualTo("987654324");
        assertThat(xml.text(buyer + "SpecifiedTaxRegistration/ram:ID[@schemeID='VA']"))
                .isEqualTo("FR14987654324");
        assertThat(xml.text(buyer + "URIUniversalCommunication/ram:URIID")).isEqualTo("compta@dupont.test");
        assertThat(xml.text(buyer + "URIUniversalCommunication/ram:URIID/@schemeID"))
                .isEqualTo("EM");

        String means = "//ram:SpecifiedTradeSettlementPaymentMeans/ram:";
        assertThat(xml.text(means + "TypeCode")).isEqualTo("58");
        assertThat(xml.text(means + "PayeePartyCreditorFinancialAccount/ram:IBANID"))
                .isEqualTo("FR7630006000011234567890189");
        assertThat(xml.text("//ram:SpecifiedTradePaymentTerms/ram:Description")).isEqualTo("Virement à 30 jours");
        assertThat(xml.text("//ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime"))
                .isEqualTo("20260214");
        String period = "//ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:";
        assertThat(xml.text(period + "StartDateTime")).isEqualTo("20251201");
        assertThat(xml.text(period + "EndDateTime")).isEqualTo("20251231");
    }

    @Test
    @DisplayName("a credit note is type 381 and refers to the invoice it corrects")
    void creditNote() {
        CiiXml xml = CiiXml.of(PDF.facturX(InvoiceDocuments.invoice()
                .creditNote("AV-2026-000007", "INV-2026-000100", LocalDate.of(2025, 12, 15))
                .line("Remboursement", "1", "MON", "100.00", "20.00")
                .build()));

        assertThat(xml.text("//rsm:ExchangedDocument/ram:TypeCode")).isEqualTo("381");
        assertThat(xml.text("//ram:InvoiceReferencedDocument/ram:IssuerAssignedID"))
                .isEqualTo("INV-2026-000100");
        assertThat(xml.text("//ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime"))
                .isEqualTo("20251215");
    }

    @Test
    @DisplayName("a negative unit price becomes a negative quantity at a positive price: same amount, valid XML")
    void negativePrice() throws Exception {
        InvoiceDocument document = frenchBusiness()
                .line("Avoir commercial", "2", "C62", "-15.50", "20.00")
                .build();
        byte[] bytes = PDF.facturX(document);

        FacturXReport.validate(bytes, "negative.xml").assertValidXml();
        CiiXml xml = CiiXml.of(bytes);
        String line = "(//ram:IncludedSupplyChainTradeLineItem)[4]//ram:";
        assertThat(xml.text(line + "BilledQuantity")).isEqualTo("-2.0000");
        assertThat(xml.amount(line + "NetPriceProductTradePrice/ram:ChargeAmount"))
                .isEqualByComparingTo("15.50");
        assertThat(xml.amount(line + "LineTotalAmount")).isEqualByComparingTo("-31.00");
        assertThat(xml.amount(SUM + "LineTotalAmount")).isEqualByComparingTo("1203.31");
        // the page prints the line as the document has it
        assertThat(InvoicePdfTest.text(PDF.render(document).pdf(), true))
                .contains("Avoir commercial 2 -15,50 € 20 % -31,00 €");
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
                .hasMessageContaining("gives 99.99, the document says 100.00");
    }

    @Test
    @DisplayName("totals the lines do not add up to are refused, so that the PDF and its XML never disagree")
    void inconsistentTotalsRefused() {
        InvoiceDocument good = frenchBusiness().build();
        BigDecimal cent = new BigDecimal("0.01");
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
                good.totalVat().add(cent),
                good.totalTtc().add(cent),
                good.prepaid(),
                good.amountDue().add(cent));

        assertThatThrownBy(() -> PDF.facturX(wrongVat))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TaxTotalAmount 246.86 instead of 246.87")
                .hasMessageContaining("GrandTotalAmount 1481.17 instead of 1481.18");
    }
}
