package fr.guichet.billing.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything an issued invoice or credit note shows, frozen at issue: the input of the PDF and of its Factur-X
 * XML. Amounts are EUR at two decimals, already computed by billing (the renderers never compute a total, they
 * print and declare what they are given). Texts are the ones printed; labels come from the renderer's bundle in
 * the document's language.
 *
 * @param kind invoice (type code 380) or credit note (381)
 * @param number the legal number, such as {@code INV-2026-000123} or {@code AV-2026-000007}
 * @param issueDate the date of issue, in the operator's zone
 * @param dueDate when payment is due (for a credit note: the issue date)
 * @param periodStart first day of the service period (inclusive)
 * @param periodEnd last day of the service period (inclusive)
 * @param credited for a credit note, the invoice it corrects; otherwise null
 * @param language French or English labels ({@link Locale#FRENCH} or {@link Locale#ENGLISH})
 * @param seller the operator, with its legal identity
 * @param buyer the client, as its billing identity stood at issue
 * @param terms payment terms and the legal mentions that go with them
 * @param vat how VAT applies to this buyer
 * @param lines the lines in order
 * @param vatBreakdown one entry per VAT rate present in the lines
 * @param totalHt sum of the lines' amounts
 * @param totalVat sum of the breakdown's VAT amounts
 * @param totalTtc totalHt + totalVat
 * @param prepaid credit balance applied to this invoice at issue (0 when none)
 * @param amountDue totalTtc − prepaid
 */
public record InvoiceDocument(
        Kind kind,
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        LocalDate periodStart,
        LocalDate periodEnd,
        CreditedInvoice credited,
        Locale language,
        Party seller,
        Party buyer,
        Terms terms,
        VatTreatment vat,
        List<Line> lines,
        List<VatAmount> vatBreakdown,
        BigDecimal totalHt,
        BigDecimal totalVat,
        BigDecimal totalTtc,
        BigDecimal prepaid,
        BigDecimal amountDue) {

    public InvoiceDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        lines = List.copyOf(lines);
        vatBreakdown = List.copyOf(vatBreakdown);
    }

    public enum Kind {
        /** UNTDID 1001 code 380. */
        INVOICE,
        /** UNTDID 1001 code 381 ("avoir"). */
        CREDIT_NOTE
    }

    /** How French VAT applies to the buyer. */
    public enum VatTreatment {
        /** French VAT at the line's rate (category S). */
        FRENCH_VAT,
        /** An EU business with a VAT number: 0 %, "Autoliquidation" (category AE, reverse charge). */
        EU_REVERSE_CHARGE,
        /** A buyer outside the EU: not subject to French VAT, article 259-1 of the CGI (category G, export). */
        OUTSIDE_EU
    }

    /** The invoice a credit note corrects. */
    public record CreditedInvoice(String number, LocalDate issueDate) {}

    /**
     * A party to the invoice. Optional parts are null when not known (a consumer has no SIREN nor VAT number).
     *
     * @param country ISO 3166 two-letter code
     * @param siren 9 digits (French companies)
     * @param siret 14 digits (the seller's establishment)
     * @param business whether the buyer is a business (the 40 € indemnity and penalty mentions apply to businesses)
     */
    public record Party(
            String name,
            String addressLine1,
            String addressLine2,
            String postalCode,
            String city,
            String country,
            String siren,
            String siret,
            String vatNumber,
            String email,
            boolean business) {}

    /**
     * The seller's legal identity and payment terms, as printed.
     *
     * @param legalForm e.g. "SAS"
     * @param shareCapital e.g. "10 000 €" (printed as given)
     * @param rcs e.g. "RCS Paris 123 456 789"
     * @param paymentTerms e.g. "Virement à 30 jours" — printed, and the Factur-X payment terms note
     * @param latePenalty the late-payment penalty rate as printed, e.g. "3 fois le taux d'intérêt légal"
     * @param iban where to pay by transfer (optional)
     * @param bic (optional)
     */
    public record Terms(
            String legalForm,
            String shareCapital,
            String rcs,
            String paymentTerms,
            String latePenalty,
            String iban,
            String bic) {}

    /**
     * One line: {@code amountHt} = quantity × unitPriceHt rounded half-up to the cent, computed by billing.
     *
     * @param unit UN/ECE rec. 20 unit code: {@code C62} (one), {@code MON} (month), {@code DAY}
     * @param vatRate percent, e.g. 20.00 or 0.00
     */
    public record Line(
            String description,
            BigDecimal quantity,
            String unit,
            BigDecimal unitPriceHt,
            BigDecimal vatRate,
            BigDecimal amountHt) {}

    /** The VAT of one rate: the base (sum of the lines at that rate) and the tax on it. */
    public record VatAmount(BigDecimal rate, BigDecimal base, BigDecimal amount) {}
}
