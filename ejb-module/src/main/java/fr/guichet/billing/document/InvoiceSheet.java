package fr.guichet.billing.document;

import fr.guichet.billing.document.InvoiceDocument.Kind;
import fr.guichet.billing.document.InvoiceDocument.Line;
import fr.guichet.billing.document.InvoiceDocument.Party;
import fr.guichet.billing.document.InvoiceDocument.Terms;
import fr.guichet.billing.document.InvoiceDocument.VatAmount;
import fr.guichet.billing.document.InvoiceDocument.VatTreatment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the invoice template prints, as text in the document's language: the blocks of the page (seller, buyer,
 * header, totals, legal mentions) and one row per line. This is where the mandatory French mentions are decided:
 * the seller's legal identity, the service period and the category of operation always; the late-payment penalty,
 * the 40 € recovery indemnity and "no early-payment discount" for a business buyer; the VAT mention of a reverse
 * charge or of a buyer outside the EU; the credited invoice of a credit note.
 *
 * @param parameters the template's parameters, by name (see {@code invoice.jrxml})
 * @param rows one map per line, with the template's field names
 */
record InvoiceSheet(Map<String, Object> parameters, List<Map<String, ?>> rows) {

    static InvoiceSheet of(InvoiceDocument document, PdfLabels labels) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        boolean credit = document.kind() == Kind.CREDIT_NOTE;
        parameters.put("TITLE", labels.text(credit ? "title.creditNote" : "title.invoice"));
        parameters.put("SELLER_NAME", document.seller().name());
        parameters.put("SELLER", lines(seller(document, labels)));
        parameters.put("HEADER", lines(header(document, labels)));
        parameters.put("BUYER_NAME", document.buyer().name());
        parameters.put("BUYER", lines(buyer(document.buyer(), labels)));
        List<String> totalLabels = new ArrayList<>();
        List<String> totalValues = new ArrayList<>();
        totalLabels.add(labels.text("total.ht"));
        totalValues.add(labels.money(document.totalHt()));
        for (VatAmount vat : document.vatBreakdown()) {
            totalLabels.add(labels.text("total.vat", labels.rate(vat.rate())));
            totalValues.add(labels.money(vat.amount()));
        }
        totalLabels.add(labels.text("total.ttc"));
        totalValues.add(labels.money(document.totalTtc()));
        totalLabels.add(labels.text("total.prepaid"));
        totalValues.add(labels.money(document.prepaid()));
        parameters.put("TOTAL_LABELS", lines(totalLabels));
        parameters.put("TOTAL_VALUES", lines(totalValues));
        parameters.put("DUE_LABEL", labels.text(credit ? "total.dueCredit" : "total.due"));
        parameters.put("DUE_VALUE", labels.money(document.amountDue()));
        parameters.put("MENTIONS", lines(mentions(document, labels)));
        parameters.put("FOOTER", footer(document, labels));
        List<Map<String, ?>> rows =
                document.lines().stream().map(line -> row(line, labels)).collect(Collectors.toList());
        return new InvoiceSheet(parameters, rows);
    }

    private static List<String> seller(InvoiceDocument document, PdfLabels labels) {
        Party seller = document.seller();
        Terms terms = document.terms();
        List<String> lines = new ArrayList<>(address(seller, labels));
        lines.add(labels.text("seller.capital", terms.legalForm(), terms.shareCapital()));
        lines.add(labels.text("seller.ids", seller.siren(), seller.siret()));
        lines.add(terms.rcs());
        lines.add(labels.text("seller.vat", seller.vatNumber()));
        if (seller.email() != null) {
            lines.add(seller.email());
        }
        return lines;
    }

    private static List<String> header(InvoiceDocument document, PdfLabels labels) {
        List<String> lines = new ArrayList<>();
        lines.add(labels.text("header.number", document.number()));
        lines.add(labels.text("header.issueDate", labels.date(document.issueDate())));
        lines.add(labels.text("header.dueDate", labels.date(document.dueDate())));
        lines.add(labels.text("header.period", labels.date(document.periodStart()), labels.date(document.periodEnd())));
        lines.add(labels.text("header.operation"));
        if (document.credited() != null) {
            lines.add(labels.text(
                    "header.credited",
                    document.credited().number(),
                    labels.date(document.credited().issueDate())));
        }
        return lines;
    }

    private static List<String> buyer(Party buyer, PdfLabels labels) {
        List<String> lines = new ArrayList<>(address(buyer, labels));
        if (buyer.siren() != null) {
            lines.add(labels.text("buyer.siren", buyer.siren()));
        }
        if (buyer.vatNumber() != null) {
            lines.add(labels.text("buyer.vat", buyer.vatNumber()));
        }
        return lines;
    }

    private static List<String> mentions(InvoiceDocument document, PdfLabels labels) {
        List<String> lines = new ArrayList<>();
        if (document.vat() == VatTreatment.EU_REVERSE_CHARGE) {
            lines.add(labels.text("mention.reverseCharge"));
        } else if (document.vat() == VatTreatment.OUTSIDE_EU) {
            lines.add(labels.text("mention.outsideEu"));
        }
        Terms terms = document.terms();
        lines.add(labels.text("mention.terms", terms.paymentTerms()));
        if (document.buyer().business()) {
            lines.add(labels.text("mention.penalty", terms.latePenalty()));
            lines.add(labels.text("mention.indemnity"));
            lines.add(labels.text("mention.noDiscount"));
        }
        if (terms.iban() != null) {
            String bank = labels.text("mention.iban", terms.iban());
            lines.add(terms.bic() == null ? bank : bank + " – " + labels.text("mention.bic", terms.bic()));
        }
        return lines;
    }

    private static String footer(InvoiceDocument document, PdfLabels labels) {
        Party seller = document.seller();
        Terms terms = document.terms();
        return String.join(
                " – ",
                seller.name(),
                labels.text("seller.capital", terms.legalForm(), terms.shareCapital()),
                labels.text("seller.ids", seller.siren(), seller.siret()),
                terms.rcs(),
                labels.text("seller.vat", seller.vatNumber()));
    }

    private static Map<String, ?> row(Line line, PdfLabels labels) {
        String unit = labels.unit(line.unit());
        String quantity = labels.quantity(line.quantity()) + (unit.isEmpty() ? "" : " " + unit);
        return Map.of(
                "description", line.description(),
                "quantity", quantity,
                "unitPrice", labels.price(line.unitPriceHt()),
                "vatRate", labels.rate(line.vatRate()),
                "amountHt", labels.money(line.amountHt()));
    }

    private static List<String> address(Party party, PdfLabels labels) {
        String city = Stream.of(party.postalCode(), party.city())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        String country =
                party.country() == null ? null : new Locale("", party.country()).getDisplayCountry(labels.locale());
        return Stream.of(party.addressLine1(), party.addressLine2(), city, country)
                .filter(s -> s != null && !s.isBlank())
                .toList();
    }

    private static String lines(List<String> lines) {
        return String.join("\n", lines);
    }
}
