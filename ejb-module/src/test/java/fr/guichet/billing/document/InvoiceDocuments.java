package fr.guichet.billing.document;

import fr.guichet.billing.document.InvoiceDocument.CreditedInvoice;
import fr.guichet.billing.document.InvoiceDocument.Kind;
import fr.guichet.billing.document.InvoiceDocument.Line;
import fr.guichet.billing.document.InvoiceDocument.Party;
import fr.guichet.billing.document.InvoiceDocument.Terms;
import fr.guichet.billing.document.InvoiceDocument.VatAmount;
import fr.guichet.billing.document.InvoiceDocument.VatTreatment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Invoice documents for the renderers' tests: a French seller and a French business buyer by default, amounts
 * computed the way billing does (line = quantity × unit price rounded half-up to the cent, VAT per rate on the sum
 * of its lines). Identifiers are well formed (SIREN with its Luhn digit, French VAT key).
 */
final class InvoiceDocuments {

    static final Party SELLER = new Party(
            "Guichet Solutions",
            "12 rue de la Paix",
            null,
            "75002",
            "Paris",
            "FR",
            "123456782",
            "12345678200010",
            "FR11123456782",
            "facturation@guichet.test",
            true);
    static final Terms TERMS = new Terms(
            "SAS",
            "10 000 €",
            "RCS Paris 123 456 782",
            "Virement à 30 jours",
            "3 fois le taux d'intérêt légal",
            "FR7630006000011234567890189",
            "AGRIFRPPXXX");
    static final Party FRENCH_BUSINESS = new Party(
            "Atelier Dupont SARL",
            "5 avenue Jean Jaurès",
            "Bâtiment B",
            "69007",
            "Lyon",
            "FR",
            "987654324",
            null,
            "FR14987654324",
            "compta@dupont.test",
            true);
    static final Party GERMAN_BUSINESS = new Party(
            "Müller Software GmbH",
            "Hauptstraße 1",
            null,
            "10115",
            "Berlin",
            "DE",
            null,
            null,
            "DE123456789",
            "rechnung@mueller.test",
            true);
    static final Party AMERICAN_BUSINESS = new Party(
            "Acme Analytics Inc.",
            "500 Market Street",
            "Suite 200",
            "94105",
            "San Francisco",
            "US",
            null,
            null,
            null,
            "billing@acme.test",
            true);

    private Kind kind = Kind.INVOICE;
    private String number = "INV-2026-000123";
    private LocalDate issueDate = LocalDate.of(2026, 1, 15);
    private LocalDate dueDate = LocalDate.of(2026, 2, 14);
    private CreditedInvoice credited;
    private Locale language = Locale.FRENCH;
    private Party buyer = FRENCH_BUSINESS;
    private VatTreatment vat = VatTreatment.FRENCH_VAT;
    private final List<Line> lines = new ArrayList<>();
    private BigDecimal prepaid = BigDecimal.ZERO.setScale(2);

    static InvoiceDocuments invoice() {
        return new InvoiceDocuments();
    }

    /** Two lines and a negative discount line at 20 %, 100 € already paid: 1 234,31 € HT, 1 481,17 € TTC. */
    static InvoiceDocuments frenchBusiness() {
        return invoice()
                .line("Abonnement Guichet Pro", "1", "MON", "1200.00", "20.00")
                .line("Appels API au-delà du forfait", "12345", "C62", "0.0125", "20.00")
                .line("Remise fidélité", "-1", "C62", "120.00", "20.00")
                .prepaid("100.00");
    }

    InvoiceDocuments buyer(Party buyer, VatTreatment vat) {
        this.buyer = buyer;
        this.vat = vat;
        return this;
    }

    InvoiceDocuments language(Locale language) {
        this.language = language;
        return this;
    }

    InvoiceDocuments creditNote(String number, String creditedNumber, LocalDate creditedDate) {
        this.kind = Kind.CREDIT_NOTE;
        this.number = number;
        this.dueDate = issueDate;
        this.credited = new CreditedInvoice(creditedNumber, creditedDate);
        return this;
    }

    InvoiceDocuments prepaid(String amount) {
        this.prepaid = new BigDecimal(amount);
        return this;
    }

    /** A line whose amount is quantity × unit price, rounded half-up to the cent. */
    InvoiceDocuments line(String description, String quantity, String unit, String unitPrice, String vatRate) {
        BigDecimal q = new BigDecimal(quantity);
        BigDecimal p = new BigDecimal(unitPrice);
        return line(new Line(
                description, q, unit, p, new BigDecimal(vatRate), q.multiply(p).setScale(2, RoundingMode.HALF_UP)));
    }

    InvoiceDocuments line(Line line) {
        lines.add(line);
        return this;
    }

    InvoiceDocument build() {
        Map<BigDecimal, BigDecimal> bases = new TreeMap<>();
        for (Line line : lines) {
            bases.merge(line.vatRate().stripTrailingZeros(), line.amountHt(), BigDecimal::add);
        }
        List<VatAmount> breakdown = new ArrayList<>();
        bases.forEach((rate, base) -> breakdown.add(new VatAmount(
                rate.setScale(2), base, base.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP))));
        BigDecimal totalHt = lines.stream().map(Line::amountHt).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal totalVat = breakdown.stream().map(VatAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal totalTtc = totalHt.add(totalVat);
        return new InvoiceDocument(
                kind,
                number,
                issueDate,
                dueDate,
                LocalDate.of(2025, 12, 1),
                LocalDate.of(2025, 12, 31),
                credited,
                language,
                SELLER,
                buyer,
                TERMS,
                vat,
                lines,
                breakdown,
                totalHt,
                totalVat,
                totalTtc,
                prepaid,
                totalTtc.subtract(prepaid));
    }
}
