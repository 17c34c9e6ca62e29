package fr.guichet.billing.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * Billing at a glance: invoiced and collected per month (the last twelve), invoices paid, unpaid and overdue, the
 * average invoice, and the monthly recurring revenue (the fees of running subscriptions, after promotions and
 * discounts), its change over a month and its split by plan. EUR TTC for invoices and payments, HT for MRR.
 */
public record BillingStatsView(
        List<Month> months,
        Tally paid,
        Tally unpaid,
        Tally overdue,
        BigDecimal averageInvoice,
        BigDecimal mrr,
        BigDecimal mrrMonthAgo,
        BigDecimal mrrChange,
        List<PlanShare> byPlan) {

    /** One calendar month: invoiced (invoices less credit notes issued in it) and collected (payments received). */
    public record Month(String month, BigDecimal invoiced, BigDecimal collected) {}

    /** A number of invoices and their amount (paid: what they were; unpaid, overdue: what they still owe). */
    public record Tally(long count, BigDecimal amount) {}

    /** A plan's running subscriptions and their MRR. */
    public record PlanShare(String planId, String planName, long subscriptions, BigDecimal mrr) {}
}
