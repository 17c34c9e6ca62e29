package fr.guichet.app;

import fr.guichet.access.api.AdminApiKeyResource;
import fr.guichet.access.api.AdminPlanResource;
import fr.guichet.access.api.PortalApiKeyResource;
import fr.guichet.access.api.PortalPlanResource;
import fr.guichet.audit.api.AdminAuditResource;
import fr.guichet.billing.api.AdminBillingSettingsResource;
import fr.guichet.billing.api.AdminDolibarrResource;
import fr.guichet.billing.api.AdminDunningResource;
import fr.guichet.billing.api.AdminInvoiceItemResource;
import fr.guichet.billing.api.AdminInvoiceResource;
import fr.guichet.billing.api.AdminPaymentEventResource;
import fr.guichet.billing.api.AdminSubscriptionListResource;
import fr.guichet.billing.api.AdminSubscriptionResource;
import fr.guichet.billing.api.PaymentWebhookResource;
import fr.guichet.billing.api.PortalBillingResource;
import fr.guichet.common.api.BodySizeLimit;
import fr.guichet.common.api.DomainExceptionMapper;
import fr.guichet.common.api.JsonBodyGuard;
import fr.guichet.common.api.StrictJsonb;
import fr.guichet.common.api.UnexpectedExceptionMapper;
import fr.guichet.common.api.UnreadableBodyMapper;
import fr.guichet.common.api.WebApplicationExceptionMapper;
import fr.guichet.dispatch.api.AdminModelResource;
import fr.guichet.dispatch.api.AdminProviderKeyResource;
import fr.guichet.dispatch.api.AdminProviderResource;
import fr.guichet.dispatch.api.PortalProviderKeyResource;
import fr.guichet.dispatch.api.PortalProviderResource;
import fr.guichet.licensing.api.AdminLicenseItemResource;
import fr.guichet.licensing.api.AdminLicenseResource;
import fr.guichet.licensing.api.AdminLicenseTools;
import fr.guichet.licensing.api.LicenseResource;
import fr.guichet.licensing.api.PortalLicenseResource;
import fr.guichet.limits.api.AdminAddressBlockResource;
import fr.guichet.limits.api.AdminAlertResource;
import fr.guichet.limits.api.PortalAlertResource;
import fr.guichet.limits.api.QuotaResource;
import fr.guichet.metering.api.AdminUsageResource;
import fr.guichet.metering.api.PortalUsageResource;
import fr.guichet.notify.api.AdminMailResource;
import fr.guichet.notify.api.AdminMailTemplateResource;
import fr.guichet.privacy.api.AdminErasureResource;
import fr.guichet.privacy.api.ExportDownloadResource;
import fr.guichet.privacy.api.PortalPrivacyResource;
import fr.guichet.tenancy.api.AdminTenantResource;
import fr.guichet.tenancy.api.PortalPasswordResource;
import fr.guichet.tenancy.api.PortalSessionResource;
import fr.guichet.tenancy.api.PortalTokenResource;
import fr.guichet.tenancy.api.PortalUserResource;
import fr.guichet.tenancy.api.security.OperatorAuthFilter;
import fr.guichet.tenancy.api.security.PortalAuthFilter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Guichet's REST API under {@code /api}: {@code /api/admin} for operators (HTTP Basic), {@code /api/portal} for
 * tenant users (session cookie + CSRF token, or a personal access token as a Bearer). Every error is an RFC 9457 problem. The resources and providers
 * are listed here, so that the {@code /v1} application does not pick them up.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Guichet API",
                        version = "0.1",
                        description =
                                "Operators' admin API and tenants' portal API. Errors are application/problem+json."))
@SecurityScheme(
        securitySchemeName = "operatorBasic",
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "An operator's e-mail and password")
@SecurityScheme(
        securitySchemeName = "portalSession",
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.COOKIE,
        apiKeyName = "GUICHET_PORTAL",
        description = "The session opened by POST /api/portal/login; state-changing calls also send X-CSRF-Token")
@SecurityScheme(
        securitySchemeName = "portalToken",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "gpat_…",
        description = "A personal access token made in the portal (POST /api/portal/tokens), acting as its user: "
                + "READ_ONLY tokens may only GET; no CSRF token is needed. Every call is audited.")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(Set.of(
                AdminTenantResource.class,
                PortalSessionResource.class,
                PortalPasswordResource.class,
                PortalUserResource.class,
                PortalTokenResource.class,
                AdminProviderResource.class,
                AdminProviderKeyResource.class,
                AdminModelResource.class,
                PortalProviderResource.class,
                PortalProviderKeyResource.class,
                AdminApiKeyResource.class,
                PortalApiKeyResource.class,
                PortalPlanResource.class,
                AdminUsageResource.class,
                PortalUsageResource.class,
                AdminPlanResource.class,
                AdminAlertResource.class,
                PortalAlertResource.class,
                AdminAuditResource.class,
                AdminAddressBlockResource.class,
                QuotaResource.Portal.class,
                QuotaResource.Admin.class,
                AdminLicenseResource.class,
                AdminLicenseItemResource.class,
                AdminLicenseTools.Stats.class,
                AdminLicenseTools.Qr.class,
                LicenseResource.class,
                PortalLicenseResource.class,
                PortalLicenseResource.Admin.class,
                AdminBillingSettingsResource.class,
                AdminSubscriptionListResource.class,
                AdminPaymentEventResource.class,
                AdminDunningResource.class,
                PaymentWebhookResource.class,
                AdminMailResource.class,
                AdminMailTemplateResource.class,
                AdminSubscriptionResource.class,
                AdminInvoiceResource.class,
                AdminInvoiceItemResource.class,
                PortalBillingResource.Subscription.class,
                PortalBillingResource.Invoices.class,
                PortalPrivacyResource.Settings.class,
                PortalPrivacyResource.Export.class,
                PortalPrivacyResource.Account.class,
                AdminErasureResource.class,
                AdminDolibarrResource.class,
                ExportDownloadResource.class,
                OperatorAuthFilter.class,
                PortalAuthFilter.class,
                BodySizeLimit.class,
                JsonBodyGuard.class,
                StrictJsonb.class,
                DomainExceptionMapper.class,
                WebApplicationExceptionMapper.class,
                UnreadableBodyMapper.class,
                UnexpectedExceptionMapper.class));
        // The test clock exists only on a server that allows it (the end-to-end tests' own).
        if (ConfigProvider.getConfig()
                .getOptionalValue("guichet.test.clock-control", Boolean.class)
                .orElse(false)) {
            classes.add(AdminTestClockResource.class);
        }
        return classes;
    }
}
