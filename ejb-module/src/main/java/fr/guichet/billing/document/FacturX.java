package fr.guichet.billing.document;

import fr.guichet.billing.document.InvoiceDocument.Kind;
import fr.guichet.billing.document.InvoiceDocument.Line;
import fr.guichet.billing.document.InvoiceDocument.Party;
import fr.guichet.billing.document.InvoiceDocument.Terms;
import fr.guichet.billing.document.InvoiceDocument.VatTreatment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.mustangproject.BankDetails;
import org.mustangproject.IncludedNote;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.ReferencedDocument;
import org.mustangproject.SubjectCode;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.LineCalculator;
import org.mustangproject.ZUGFeRD.Profile;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.model.DocumentCodeTypeConstants;

/**
 * The Factur-X (CII, profile EN 16931) translation of an {@link InvoiceDocument}, through Mustang's model. Mustang
 * computes the totals from the items, so each line goes in as its quantity and unit price, and the line amount
 * Mustang derives must be the document's ({@link #item} refuses a document whose line breaks that rule); the
 * generated totals are then checked against the document's ({@link FacturXTotals}). A line with a negative unit
 * price is declared as a negative quantity at the opposite, positive, price (BR-27 forbids a negative net price;
 * the amount is the same). The French rules (BR-FR) get the seller's SIREN (scheme 0002), the electronic addresses
 * (scheme EM) and, for a business buyer, the PMT, PMD and AAB notes.
 */
final class FacturX {

    static final Profile EN16931 = Profiles.getByName("EN16931");
    private static final String SIREN_SCHEME = "0002";
    private static final String REVERSE_CHARGE = "Autoliquidation";

    private FacturX() {}

    /** The Factur-X XML of the document, its totals checked against the document's. */
    static byte[] xml(InvoiceDocument document, PdfLabels labels) {
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(EN16931);
        provider.generateXML(invoice(document, labels));
        byte[] xml = provider.getXML();
        FacturXTotals.check(xml, document);
        return xml;
    }

    private static Invoice invoice(InvoiceDocument document, PdfLabels labels) {
        Invoice invoice = new Invoice()
                .setNumber(document.number())
                .setCurrency("EUR")
                .setIssueDate(date(document.issueDate()))
                .setDueDate(date(document.dueDate()))
                .setDetailedDeliveryPeriod(date(document.periodStart()), date(document.periodEnd()))
                // BT-72, the day the service was completed (an empty delivery group is a warning, PEPPOL-R008)
                .setDeliveryDate(date(document.periodEnd()))
                .setPaymentTermDescription(document.terms().paymentTerms())
                .setTotalPrepaidAmount(document.prepaid())
                .setSender(seller(document.seller(), document.terms()))
                .setRecipient(party(document.buyer()));
        if (document.kind() == Kind.CREDIT_NOTE) {
            invoice.setDocumentCode(DocumentCodeTypeConstants.CREDITNOTE);
            if (document.credited() != null) {
                invoice.addInvoiceReferencedDocument(new ReferencedDocument(
                        document.credited().number(), date(document.credited().issueDate())));
            }
        }
        if (document.buyer().business()) {
            invoice.addNotes(List.of(
                    new IncludedNote(labels.text("mention.indemnity"), SubjectCode.PMT),
                    new IncludedNote(
                            labels.text("mention.penalty", document.terms().latePenalty()), SubjectCode.PMD),
                    new IncludedNote(labels.text("mention.noDiscount"), SubjectCode.AAB)));
        }
        List<Line> lines = document.lines();
        for (int i = 0; i < lines.size(); i++) {
            invoice.addItem(item(i + 1, lines.get(i), document.vat(), labels));
        }
        return invoice;
    }

    private static TradeParty seller(Party seller, Terms terms) {
        TradeParty party = party(seller);
        if (terms.iban() != null) {
            party.addBankDetails(
                    terms.bic() == null ? new BankDetails(terms.iban()) : new BankDetails(terms.iban(), terms.bic()));
        }
        return party;
    }

    private static TradeParty party(Party source) {
        TradeParty party = new TradeParty(
                source.name(), source.addressLine1(), source.postalCode(), source.city(), source.country());
        if (source.addressLine2() != null) {
            party.setAdditionalAddress(source.addressLine2());
        }
        if (source.siren() != null) {
            party.setLegalOrganisation(new LegalOrganisation(source.siren(), SIREN_SCHEME));
        }
        if (source.vatNumber() != null) {
            party.addVATID(source.vatNumber());
        }
        if (source.email() != null) {
            party.setEmail(source.email());
        }
        return party;
    }

    /** One line as quantity × unit price; refuses a line whose amount is not what Mustang derives from them. */
    private static Item item(int number, Line line, VatTreatment vat, PdfLabels labels) {
        Product product = new Product(line.description(), null, line.unit(), vatRate(line, vat));
        switch (vat) {
            case FRENCH_VAT -> product.setTaxCategoryCode("S");
            case EU_REVERSE_CHARGE ->
                product.setTaxCategoryCode("AE")
                        .setTaxExemptionReason(REVERSE_CHARGE)
                        .setTaxExemptionReasonCode("VATEX-EU-AE");
            case OUTSIDE_EU ->
                product.setTaxCategoryCode("G")
                        .setTaxExemptionReason(labels.text("mention.outsideEu"))
                        .setTaxExemptionReasonCode("VATEX-EU-G");
        }
        boolean negativePrice = line.unitPriceHt().signum() < 0;
        BigDecimal price = negativePrice ? line.unitPriceHt().negate() : line.unitPriceHt();
        BigDecimal quantity = negativePrice ? line.quantity().negate() : line.quantity();
        Item item = new Item(product, price, quantity).setId(Integer.toString(number));
        BigDecimal derived = new LineCalculator(item).getItemTotalNetAmount();
        if (derived.compareTo(line.amountHt()) != 0) {
            throw new IllegalArgumentException("line " + number + " (" + line.description() + "): "
                    + line.quantity() + " × " + line.unitPriceHt() + " gives " + derived + ", the document says "
                    + line.amountHt());
        }
        return item;
    }

    private static BigDecimal vatRate(Line line, VatTreatment vat) {
        return vat == VatTreatment.FRENCH_VAT ? line.vatRate() : BigDecimal.ZERO;
    }

    /** Midday in the server's zone: Mustang prints dates with the default zone, midday keeps the day whatever it is. */
    private static Date date(LocalDate day) {
        return Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
    }
}
