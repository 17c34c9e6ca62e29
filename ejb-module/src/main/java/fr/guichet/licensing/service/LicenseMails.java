package fr.guichet.licensing.service;

import fr.guichet.access.domain.Plan;
import fr.guichet.access.repository.PlanRepository;
import fr.guichet.notify.domain.MailKind;
import fr.guichet.notify.service.MailFormats;
import fr.guichet.notify.service.MailLinks;
import fr.guichet.notify.service.NewMail;
import fr.guichet.notify.service.Outbox;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.repository.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tells a tenant that the access its license keys give ends soon, by mail in its language. */
@ApplicationScoped
public class LicenseMails {

    @Inject
    TenantRepository tenants;

    @Inject
    PlanRepository plans;

    @Inject
    Outbox outbox;

    @Inject
    MailLinks links;

    @Inject
    Clock clock;

    public void ending(String tenantId, String planId, Instant endsAt) {
        Tenant tenant = tenants.find(tenantId).orElse(null);
        if (tenant == null) {
            return;
        }
        String lang = tenant.language();
        ZoneId zone = tenant.timeZone();
        Map<String, Object> model = new HashMap<>();
        model.put("tenantName", tenant.name());
        model.put("portalUrl", links.portal(tenant.slug()));
        model.put(
                "planName",
                planId == null ? "" : plans.find(planId).map(Plan::name).orElse(""));
        model.put("endsOn", MailFormats.date(LocalDate.ofInstant(endsAt, zone), lang));
        model.put(
                "daysLeft",
                Math.max(0, Duration.between(clock.instant(), endsAt).toDays()));
        outbox.queue(new NewMail(MailKind.LICENSE_ENDING, tenantId, tenant.contactEmail(), lang, model, List.of()));
    }
}
