package fr.guichet.billing.api;

import fr.guichet.billing.domain.CompanyTerms;
import fr.guichet.billing.domain.PricingTerms;
import fr.guichet.billing.service.DraftLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the billing API. */
public final class BillingRequests {

    private BillingRequests() {}

    /** The operator's company on its invoices; absent fields are cleared (PUT replaces the whole profile). */
    @Schema(name = "CompanySettings")
    public record Company(
            @Size(max = 200) String legalName,
            @Size(max = 60) @Schema(example = "SAS") String legalForm,
            @Size(max = 60) @Schema(example = "10 000 €") String shareCapital,
            @Size(max = 200) String addressLine1,
            @Size(max = 200) String addressLine2,
            @Size(max = 16) String postalCode,
            @Size(max = 100) String city,
            @Size(max = 2) @Schema(example = "FR") String country,
            @Size(max = 11) @Schema(example = "732829320") String siren,

            @Size(max = 17) @Schema(example = "73282932000074")
            String siret,

            @Size(max = 100) @Schema(example = "RCS Paris 732 829 320")
            String rcs,

            @Size(max = 17) @Schema(example = "FR44732829320")
            String vatNumber,

            @Size(max = 254) String email,
            @Size(max = 42) String iban,
            @Size(max = 11) String bic,

            @Schema(description = "Days from issue to due date, 0 to 60; default 30")
            Integer paymentDays,

            @Size(max = 200) @Schema(example = "3 fois le taux d'intérêt légal")
            String latePenalty,

            @Schema(description = "Whether the monthly run issues its invoices at once")
            Boolean autoIssue) {

        CompanyTerms toTerms() {
            return new CompanyTerms(
                    legalName,
                    legalForm,
                    shareCapital,
                    addressLine1,
                    addressLine2,
                    postalCode,
                    city,
                    country,
                    siren,
                    siret,
                    rcs,
                    vatNumber,
                    email,
                    iban,
                    bic,
                    paymentDays == null ? 30 : paymentDays,
                    latePenalty == null ? "3 fois le taux d'intérêt légal" : latePenalty,
                    autoIssue != null && autoIssue);
        }
    }

    /** A plan's pricing beyond its fee. */
    @Schema(name = "PlanPricing")
    public record Pricing(
            @Schema(example = "4.99") BigDecimal promoPriceEur,
            @Schema(example = "3") Integer promoPeriods,

            @Schema(description = "API keys the fee includes; default 1")
            Integer includedKeys,

            BigDecimal overagePerThousandRequests,
            BigDecimal overagePerMillionTokens,

            @Schema(description = "Bill the provider cost of served calls with this margin (percent)")
            BigDecimal usageMarginPercent) {

        PricingTerms toTerms() {
            return new PricingTerms(
                    promoPriceEur,
                    promoPeriods,
                    includedKeys == null ? 1 : includedKeys,
                    overagePerThousandRequests,
                    overagePerMillionTokens,
                    usageMarginPercent);
        }
    }

    @Schema(name = "SubscribeRequest")
    public record Subscribe(@NotBlank @Size(max = 36) String planId) {}

    @Schema(name = "ChangePlanRequest")
    public record ChangePlan(
            @NotBlank @Size(max = 36) String planId,

            @Schema(description = "Operators: apply a downgrade at once instead of at the period's end")
            Boolean atOnce) {}

    @Schema(name = "CancelSubscriptionRequest")
    public record Cancel(
            @Schema(description = "Operators: end at once instead of at the period's end")
            Boolean atOnce) {}

    @Schema(name = "DiscountRequest")
    public record Discount(
            @NotBlank @Schema(enumeration = {"percent", "amount"})
            String kind,

            @NotNull BigDecimal value,

            @Schema(description = "Number of periods; absent: for ever")
            Integer periods) {}

    @Schema(name = "InvoiceLineRequest")
    public record Line(
            @NotBlank @Size(max = 500) String description,
            @NotNull BigDecimal quantity,

            @Schema(
                    enumeration = {"C62", "MON", "DAY"},
                    description = "Default C62 (one)")
            String unit,

            @NotNull @Schema(description = "Unit price HT, EUR")
            BigDecimal unitPrice,

            @Schema(description = "Percent; default the buyer's rate")
            BigDecimal vatRate) {

        DraftLine toLine() {
            return new DraftLine(description, quantity, unit, unitPrice, vatRate);
        }
    }

    @Schema(name = "DraftInvoiceRequest")
    public record Draft(
            @Size(max = 36) @Schema(description = "Required to create; ignored on edit")
            String tenantId,

            @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull Line> lines,
            LocalDate periodStart,
            LocalDate periodEnd,
            @Size(max = 1000) String note,

            @Schema(description = "On edit: the version read, so a concurrent change is not overwritten")
            Integer version) {

        List<DraftLine> draftLines() {
            return lines.stream().map(Line::toLine).toList();
        }
    }

    @Schema(name = "IssueInvoiceRequest")
    public record Issue(
            @Schema(description = "The version read (optional)")
            Integer version) {}

    @Schema(name = "PaymentRequest")
    public record Payment(
            @NotNull @Schema(example = "120.00") BigDecimal amount,
            @Schema(description = "Default today") LocalDate receivedOn,

            @NotBlank @Schema(enumeration = {"transfer", "card", "direct_debit", "check", "cash", "other"})
            String method,

            @Size(max = 140) String reference,

            @Schema(description = "Keep what exceeds the balance as the client's credit")
            Boolean overpayment) {}

    @Schema(name = "CreditNoteRequest")
    public record PaymentFailure(
            @Schema(description = "Why, in words the client will read")
            String reason) {}

    public record CreditNote(
            @Schema(description = "Amount HT to credit; absent: the whole invoice")
            BigDecimal amountHt,

            @NotBlank @Size(min = 3, max = 500) String reason) {}

    /** Dolibarr's settings; a missing apiKey keeps the saved one. */
    @Schema(name = "DolibarrSettings")
    public record Dolibarr(
            @NotBlank @Size(max = 500) @Schema(example = "https://erp.example.com")
            String baseUrl,

            @Size(min = 1, max = 255) @Schema(description = "DOLAPIKEY; write-only")
            String apiKey,

            @Schema(description = "The Dolibarr bank account payments go to")
            Integer bankAccountId,

            @Schema(
                    description =
                            "Dolibarr payment mode id per method: transfer, card, direct_debit, check, cash, other")
            java.util.Map<String, Integer> paymentModes,

            @Schema(description = "Whether the sync runs; tasks wait while it is off")
            Boolean enabled) {

        @Override
        public String toString() {
            return "Dolibarr[" + baseUrl + ", key " + (apiKey == null ? "kept" : "****") + "]";
        }

        fr.guichet.billing.erp.ErpViews.Change toChange() {
            return new fr.guichet.billing.erp.ErpViews.Change(baseUrl, apiKey, bankAccountId, paymentModes, enabled);
        }
    }
}
