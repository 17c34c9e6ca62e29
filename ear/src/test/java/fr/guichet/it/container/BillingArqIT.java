package fr.guichet.it.container;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.access.service.NewPlan;
import fr.guichet.access.service.PlanService;
import fr.guichet.billing.domain.CompanyTerms;
import fr.guichet.billing.domain.PricingTerms;
import fr.guichet.billing.repository.BillingSettingsRepository;
import fr.guichet.billing.repository.InvoiceRepository;
import fr.guichet.billing.service.BillingStats;
import fr.guichet.billing.service.BillingStatsView;
import fr.guichet.billing.service.BillingTimer;
import fr.guichet.billing.service.CompanySettings;
import fr.guichet.billing.service.DraftLine;
import fr.guichet.billing.service.InvoiceDrafts;
import fr.guichet.billing.service.InvoiceQueries;
import fr.guichet.billing.service.InvoiceSummary;
import fr.guichet.billing.service.InvoiceView;
import fr.guichet.billing.service.IssueInvoiceService;
import fr.guichet.billing.service.MonthlyRun;
import fr.guichet.billing.service.PlanPricingService;
import fr.guichet.billing.service.RecordPaymentService;
import fr.guichet.billing.service.SubscriptionService;
import fr.guichet.billing.service.SubscriptionView;
import fr.guichet.common.domain.Money;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.time.ClockProducer;
import fr.guichet.licensing.service.LicenseActivations;
import fr.guichet.licensing.service.LicenseService;
import fr.guichet.licensing.service.NewLicenses;
import fr.guichet.metering.domain.Outcome;
import fr.guichet.metering.domain.UsageRecord;
import fr.guichet.metering.service.UsageRecorder;
import fr.guichet.tenancy.service.NewTenant;
import fr.guichet.tenancy.service.TenantChanges;
import fr.guichet.tenancy.service.TenantCreated;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Billing's EJB components inside the server, with the injected clock moved: the monthly run and its idempotence
 * (twice, and on two threads at once), numbering under concurrency, proration of an upgrade, promotional periods,
 * overage from metered usage, and the hourly timer catching up a month it missed.
 */
@InContainer
class BillingArqIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return GuichetDeployment.withTestsOf(BillingArqIT.class);
    }

    @Inject
    TenantService tenants;

    @Inject
    PlanService plans;

    @Inject
    PlanPricingService pricing;

    @Inject
    CompanySettings company;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    MonthlyRun run;

    @Inject
    BillingTimer timer;

    @Inject
    InvoiceQueries invoices;

    @Inject
    InvoiceDrafts drafts;

    @Inject
    IssueInvoiceService issuer;

    @Inject
    UsageRecorder usage;

    @Inject
    LicenseService licenses;

    @Inject
    LicenseActivations activations;

    @Inject
    ClockProducer clocks;

    @Inject
    RecordPaymentService payments;

    @Inject
    BillingStats stats;

    @Inject
    BillingSettingsRepository settings;

    @Inject
    InvoiceRepository stored;

    @Inject
    Clock clock;

    /** Threads of the server's own pool (the test instance is enriched by CDI only, so it is looked up). */
    ManagedExecutorService executor;

    @BeforeEach
    void companyReady() throws javax.naming.NamingException {
        executor = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        company.change(terms("12 rue des Guichets", false), "arq");
    }

    private static CompanyTerms terms(String address, boolean autoIssue) {
        return new CompanyTerms(
                "Guichet Services",
                "SAS",
                "10 000 €",
                address,
                null,
                "69002",
                "Lyon",
                "FR",
                "443061841",
                "44306184100005",
                "RCS Lyon 443 061 841",
                "FR64443061841",
                "factures@guichet.example",
                null,
                null,
                30,
                "3 fois le taux d'intérêt légal",
                autoIssue);
    }

    @AfterEach
    void resetClock() {
        clocks.shift(Duration.ZERO);
    }

    @Test
    @DisplayName("the monthly run makes one invoice per period that is over: run twice, or on two threads at once")
    void runIsIdempotent() throws Exception {
        TenantView t = tenant();
        subscriptions.subscribe(t.id(), plan("29.00", null, null), "arq");
        clocks.shift(Duration.ofDays(65));
        List<Future<MonthlyRun.RunResult>> both = new ArrayList<>();
        Callable<MonthlyRun.RunResult> once = () -> run.runNow("arq");
        both.add(executor.submit(once));
        both.add(executor.submit(once));
        for (Future<MonthlyRun.RunResult> result : both) {
            assertThat(result.get().failures()).isZero();
        }
        run.runNow("arq");
        List<InvoiceSummary> made = invoicesOf(t.id());
        assertThat(made).as("two periods over, one invoice each").hasSize(2);
        assertThat(made).extracting(InvoiceSummary::periodStart).doesNotHaveDuplicates();
        assertThat(made).allSatisfy(i -> assertThat(i.totalHt()).isEqualByComparingTo("29.00"));
    }

    @Test
    @DisplayName("30 drafts issued on 30 threads at once get 30 consecutive numbers")
    void numbersUnderConcurrency() throws Exception {
        TenantView t = tenant();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(drafts.create(
                            t.id(),
                            List.of(new DraftLine("Ligne " + i, BigDecimal.ONE, null, new BigDecimal("10.00"), null)),
                            null,
                            null,
                            null,
                            "arq")
                    .summary()
                    .id());
        }
        List<Future<InvoiceView>> issued = new ArrayList<>();
        for (String id : ids) {
            issued.add(executor.submit(() -> issuer.issue(id, -1, "arq")));
        }
        List<Long> numbers = new ArrayList<>();
        for (Future<InvoiceView> f : issued) {
            String number = f.get().summary().number();
            numbers.add(Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
        }
        numbers.sort(null);
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers.get(29) - numbers.get(0)).isEqualTo(29);
    }

    @Test
    @DisplayName(
            "an upgrade within a period returns the unused share of the old fee and charges the new one, to the day")
    void upgradeIsProrated() {
        TenantView t = tenant();
        String pro = plan("30.00", null, null);
        String business = plan("299.00", null, null);
        SubscriptionView started = subscriptions.subscribe(t.id(), pro, "arq");
        clocks.shift(Duration.ofDays(10));
        subscriptions.changePlan(t.id(), business, false, "arq");
        clocks.shift(Duration.ofDays(45));
        run.runNow("arq");
        InvoiceView first = invoices.get(
                null, invoicesOf(t.id()).get(invoicesOf(t.id()).size() - 1).id());
        long days = ChronoUnit.DAYS.between(started.billingFrom(), started.renewsOn());
        BigDecimal share = BigDecimal.valueOf(days - 10).divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_UP);
        assertThat(first.lines())
                .extracting(InvoiceView.LineView::kind)
                .containsExactly("fee", "proration", "proration");
        assertThat(first.lines().get(0).amountHt()).isEqualByComparingTo("30.00");
        assertThat(first.lines().get(1).amountHt())
                .isEqualByComparingTo(new BigDecimal("30.00")
                        .multiply(share)
                        .setScale(2, RoundingMode.HALF_UP)
                        .negate());
        assertThat(first.lines().get(2).amountHt())
                .isEqualByComparingTo(new BigDecimal("299.00").multiply(share).setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    @DisplayName("a promotional price for the first 3 periods, then the plan's price")
    void promotion() {
        TenantView t = tenant();
        String starter = plan("9.99", null, null);
        pricing.set(starter, new PricingTerms(new BigDecimal("4.99"), 3, 1, null, null, null), "arq");
        subscriptions.subscribe(t.id(), starter, "arq");
        clocks.shift(Duration.ofDays(160));
        run.runNow("arq");
        List<InvoiceSummary> made = new ArrayList<>(invoicesOf(t.id()));
        made.sort((a, b) -> a.periodStart().compareTo(b.periodStart()));
        assertThat(made)
                .extracting(i -> i.totalHt().toPlainString())
                .containsExactly("4.99", "4.99", "4.99", "9.99", "9.99");
    }

    @Test
    @DisplayName("requests and tokens above the quotas are billed from the period's served calls, failed calls not")
    void overageFromMeteredUsage() {
        TenantView t = tenant();
        String metered = plan("50.00", 3L, 1_000L);
        pricing.set(
                metered, new PricingTerms(null, null, 1, new BigDecimal("1.00"), new BigDecimal("2.00"), null), "arq");
        subscriptions.subscribe(t.id(), metered, "arq");
        for (int i = 0; i < 5; i++) {
            call(t.id(), 200, 100, Outcome.SUCCESS);
        }
        call(t.id(), 5_000, 5_000, Outcome.PROVIDER_ERROR);
        clocks.shift(Duration.ofDays(33));
        run.runNow("arq");
        InvoiceView invoice = invoices.get(null, invoicesOf(t.id()).get(0).id());
        assertThat(invoice.lines())
                .extracting(InvoiceView.LineView::kind)
                .containsExactly("fee", "overage_requests", "overage_tokens");
        assertThat(invoice.lines().get(1).quantity())
                .as("2 requests over: one started block")
                .isEqualByComparingTo("1");
        assertThat(invoice.lines().get(2).quantity()).as("500 tokens over").isEqualByComparingTo("0.0005");
        assertThat(invoice.summary().totalHt()).isEqualByComparingTo("51.00");
    }

    @Test
    @DisplayName("the hourly timer catches up every period missed (a year down), and a second tick adds nothing")
    void timerCatchesUp() {
        TenantView t = tenant();
        SubscriptionView started = subscriptions.subscribe(t.id(), plan("19.00", null, null), "arq");
        clocks.shift(Duration.ofDays(400));
        timer.tick();
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Paris"));
        long over = ChronoUnit.MONTHS.between(started.billingFrom(), today);
        assertThat(invoicesOf(t.id())).as("every period over since the start").hasSize((int) over);
        timer.tick();
        assertThat(invoicesOf(t.id())).hasSize((int) over);
    }

    @Test
    @DisplayName("days of the period that a license key covered are not billed")
    void licensedDaysNotBilled() {
        String slug = "arq-lic-bill-" + UUID.randomUUID().toString().substring(0, 8);
        TenantCreated created =
                tenants.create(new NewTenant("Licensed", slug, "it@" + slug + ".example", null, null, null));
        String plan = plan("30.00", null, null);
        SubscriptionView started = subscriptions.subscribe(created.tenant().id(), plan, "arq");
        String key = licenses.generate(new NewLicenses(plan, 10, null, null, null, null, null, null), "operator:arq")
                .licenses()
                .get(0)
                .key();
        activations.activate(created.tenant().id(), created.admin().id(), key, "198.51.100.30");
        clocks.shift(Duration.ofDays(33));
        run.runNow("arq");
        InvoiceView invoice =
                invoices.get(null, invoicesOf(created.tenant().id()).get(0).id());
        long days = ChronoUnit.DAYS.between(started.billingFrom(), started.renewsOn());
        assertThat(invoice.lines()).extracting(InvoiceView.LineView::kind).containsExactly("fee", "licensed_days");
        assertThat(invoice.lines().get(1).amountHt())
                .isEqualByComparingTo(new BigDecimal("30.00")
                        .multiply(BigDecimal.valueOf(10).divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_UP))
                        .setScale(2, RoundingMode.HALF_UP)
                        .negate());
    }

    @Test
    @DisplayName(
            "with auto-issue on, the run issues its invoices, and each one's PDF is stored as soon as it is issued")
    void autoIssue() {
        company.change(terms("12 rue des Guichets", true), "arq");
        TenantView t = tenant();
        subscriptions.subscribe(t.id(), plan("29.00", null, null), "arq");
        clocks.shift(Duration.ofDays(33));
        run.runNow("arq");
        List<InvoiceSummary> made = invoicesOf(t.id());
        assertThat(made).hasSize(1);
        assertThat(made.get(0).number()).matches("INV-\\d{4}-\\d{6}");
        assertThat(made.get(0).status()).isEqualTo("issued");
        assertThat(stored.file(made.get(0).id()))
                .as("made after the issue's commit, before anyone downloads it")
                .isPresent();
    }

    @Test
    @DisplayName("an issued invoice keeps the seller as it stood at issue, whatever the company settings become")
    void sellerFrozenAtIssue() {
        TenantView t = tenant();
        String id = issuedInvoice(t.id(), "100.00");
        company.change(terms("99 avenue Nouvelle", false), "arq");
        assertThat(stored.find(id).orElseThrow().seller())
                .map(seller -> seller.terms().addressLine1())
                .contains("12 rue des Guichets");
    }

    @Test
    @DisplayName("two overpayments at once, for a client with no credit yet, both become credit")
    void firstCreditsAtOnce() throws Exception {
        TenantView t = tenant();
        List<Future<InvoiceView>> paid = new ArrayList<>();
        for (String id : List.of(issuedInvoice(t.id(), "10.00"), issuedInvoice(t.id(), "10.00"))) {
            paid.add(executor.submit(
                    () -> payments.record(id, null, new BigDecimal("15.00"), "transfer", null, true, "arq")));
        }
        for (Future<InvoiceView> f : paid) {
            assertThat(f.get().summary().status()).isEqualTo("paid");
        }
        assertThat(settings.creditOf(t.id()).orElseThrow().amount())
                .as("3.00 over each 12.00 invoice")
                .isEqualTo(Money.of("6.00"));
    }

    @Test
    @DisplayName("the stats count what was invoiced, collected, unpaid, overdue and the MRR of a new subscription")
    void statsFigures() {
        TenantView t = tenant();
        BillingStatsView before = stats.compute();
        String plan = plan("29.00", null, null);
        subscriptions.subscribe(t.id(), plan, "arq");
        String id = issuedInvoice(t.id(), "100.00");
        payments.record(id, null, new BigDecimal("50.00"), "transfer", null, false, "arq");
        BillingStatsView after = stats.compute();
        BillingStatsView.Month month = after.months().get(after.months().size() - 1);
        BillingStatsView.Month monthBefore = before.months().get(before.months().size() - 1);
        assertThat(month.invoiced().subtract(monthBefore.invoiced())).isEqualByComparingTo("120.00");
        assertThat(month.collected().subtract(monthBefore.collected())).isEqualByComparingTo("50.00");
        assertThat(after.unpaid().count() - before.unpaid().count()).isEqualTo(1);
        assertThat(after.unpaid().amount().subtract(before.unpaid().amount())).isEqualByComparingTo("70.00");
        assertThat(after.mrr().subtract(before.mrr())).isEqualByComparingTo("29.00");
        assertThat(after.byPlan())
                .filteredOn(share -> share.planId().equals(plan))
                .singleElement()
                .satisfies(share -> {
                    assertThat(share.subscriptions()).isEqualTo(1);
                    assertThat(share.mrr()).isEqualByComparingTo("29.00");
                });

        payments.record(id, null, new BigDecimal("70.00"), "card", null, false, "arq");
        BillingStatsView settled = stats.compute();
        assertThat(settled.paid().count() - after.paid().count()).isEqualTo(1);
        assertThat(settled.paid().amount().subtract(after.paid().amount())).isEqualByComparingTo("120.00");
        assertThat(settled.unpaid().count()).isEqualTo(before.unpaid().count());

        clocks.shift(Duration.ofDays(45));
        BillingStatsView later = stats.compute();
        clocks.shift(Duration.ZERO);
        String late = issuedInvoice(t.id(), "10.00");
        clocks.shift(Duration.ofDays(45));
        BillingStatsView laterWithOne = stats.compute();
        assertThat(stored.find(late).orElseThrow().dueDate())
                .isBefore(LocalDate.now().plusDays(45));
        assertThat(laterWithOne.overdue().count() - later.overdue().count()).isEqualTo(1);
        assertThat(laterWithOne.overdue().amount().subtract(later.overdue().amount()))
                .isEqualByComparingTo("12.00");
    }

    /** A manual invoice of one line at {@code amountHt}, issued. */
    private String issuedInvoice(String tenantId, String amountHt) {
        String id = drafts.create(
                        tenantId,
                        List.of(new DraftLine("Conseil", BigDecimal.ONE, null, new BigDecimal(amountHt), null)),
                        null,
                        null,
                        null,
                        "arq")
                .summary()
                .id();
        return issuer.issue(id, -1, "arq").summary().id();
    }

    private void call(String tenantId, long in, long out, Outcome outcome) {
        usage.record(
                new UsageRecord(
                        UUID.randomUUID().toString(),
                        tenantId,
                        null,
                        null,
                        null,
                        "gpt-test",
                        in,
                        out,
                        false,
                        new BigDecimal("0.001"),
                        10,
                        outcome,
                        null,
                        false,
                        clock.instant()),
                Optional.empty());
    }

    private List<InvoiceSummary> invoicesOf(String tenantId) {
        return invoices.search(tenantId, null, null, null, null, null, new PageRequest(0, 100))
                .items();
    }

    private String plan(String price, Long requests, Long tokens) {
        String code = "arq-" + UUID.randomUUID().toString().substring(0, 8);
        return plans.create(
                        new NewPlan(
                                code,
                                "Plan " + code,
                                new BigDecimal(price),
                                null,
                                requests,
                                1000,
                                tokens,
                                null,
                                null,
                                null),
                        "system")
                .id();
    }

    private TenantView tenant() {
        String slug = "arq-bill-" + UUID.randomUUID().toString().substring(0, 8);
        String id = tenants.create(new NewTenant("Billed", slug, "it@" + slug + ".example", null, null, null))
                .tenant()
                .id();
        return tenants.update(
                id,
                new TenantChanges(
                        null,
                        null,
                        null,
                        null,
                        null,
                        new TenantView.Billing(
                                "ACME Conseil SARL",
                                "1 rue de la Paix",
                                null,
                                "75002",
                                "Paris",
                                "FR",
                                "732829320",
                                "FR44732829320"),
                        null,
                        "fr"));
    }
}
