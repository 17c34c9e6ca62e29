package fr.guichet.limits.service;

import fr.guichet.access.domain.Plan;
import fr.guichet.access.repository.PlanRepository;
import fr.guichet.limits.domain.QuotaPeriod;
import fr.guichet.limits.domain.QuotaUse;
import fr.guichet.notify.domain.MailKind;
import fr.guichet.notify.service.MailFormats;
import fr.guichet.notify.service.MailLinks;
import fr.guichet.notify.service.NewMail;
import fr.guichet.notify.service.Outbox;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.repository.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tells a tenant its monthly quota is at 80 % or used up, by mail in its language, in the alert's transaction. */
@ApplicationScoped
public class QuotaMails {

    @Inject
    TenantRepository tenants;

    @Inject
    PlanRepository plans;

    @Inject
    Outbox outbox;

    @Inject
    MailLinks links;

    public void reached(String tenantId, QuotaUse.Threshold threshold, QuotaUse use, QuotaPeriod period) {
        Tenant tenant = tenants.find(tenantId).orElse(null);
        if (tenant == null) {
            return;
        }
        String lang = tenant.language();
        boolean en = lang.equals("en");
        Map<String, Object> model = new HashMap<>();
        switch (threshold.metric()) {
            case REQUESTS -> {
                model.put("metric", en ? "requests" : "requêtes");
                model.put("used", MailFormats.number(use.requests(), lang));
                model.put("limit", use.requestLimit() == null ? "" : MailFormats.number(use.requestLimit(), lang));
            }
            case TOKENS -> {
                model.put("metric", "tokens");
                model.put("used", MailFormats.number(use.tokens(), lang));
                model.put("limit", use.tokenLimit() == null ? "" : MailFormats.number(use.tokenLimit(), lang));
            }
            case SPEND -> {
                model.put("metric", en ? "of usage" : "de consommation");
                model.put("used", MailFormats.euros(use.costEur(), lang));
                model.put("limit", use.spendCapEur() == null ? "" : MailFormats.euros(use.spendCapEur(), lang));
            }
        }
        model.put("percent", threshold.percent());
        model.put("tenantName", tenant.name());
        model.put("portalUrl", links.portal(tenant.slug()));
        model.put("upgradeUrl", links.portal(tenant.slug()));
        model.put(
                "planName",
                tenant.planId() == null
                        ? ""
                        : plans.find(tenant.planId()).map(Plan::name).orElse(""));
        model.put("resetsOn", MailFormats.date(LocalDate.ofInstant(period.resetsAt(), period.zone()), lang));
        outbox.queue(new NewMail(
                threshold.percent() >= 100 ? MailKind.QUOTA_100 : MailKind.QUOTA_80,
                tenantId,
                tenant.contactEmail(),
                lang,
                model,
                List.of()));
    }
}
