package fr.guichet.common.domain;

import java.util.Locale;

/**
 * The catalogue of stable error codes. A code never changes meaning once published: clients match on it.
 * Each code belongs to a {@link Kind}, which the web layer maps to an HTTP status.
 */
public enum ErrorCode {
    INVALID_REQUEST(Kind.INVALID, "The request is malformed"),
    VALIDATION_FAILED(Kind.INVALID, "The request is not valid"),
    AUTHENTICATION_REQUIRED(Kind.UNAUTHENTICATED, "Authentication is required"),
    INVALID_CREDENTIALS(Kind.UNAUTHENTICATED, "Invalid credentials"),
    FORBIDDEN(Kind.FORBIDDEN, "Not allowed"),
    CSRF_TOKEN_INVALID(Kind.FORBIDDEN, "Missing or invalid CSRF token"),
    NOT_FOUND(Kind.NOT_FOUND, "Not found"),
    TENANT_NOT_FOUND(Kind.NOT_FOUND, "Tenant not found"),
    USER_NOT_FOUND(Kind.NOT_FOUND, "User not found"),
    API_KEY_NOT_FOUND(Kind.NOT_FOUND, "API key not found"),
    SLUG_TAKEN(Kind.CONFLICT, "Slug already in use"),
    EMAIL_TAKEN(Kind.CONFLICT, "E-mail already in use"),
    INVALID_STATUS_TRANSITION(Kind.CONFLICT, "Status change not allowed"),
    LAST_TENANT_ADMIN(Kind.CONFLICT, "A tenant keeps at least one enabled administrator"),
    CONCURRENT_MODIFICATION(Kind.CONFLICT, "Changed by someone else"),
    API_KEY_NOT_ACTIVE(Kind.CONFLICT, "The API key is not active"),
    PROVIDER_NOT_FOUND(Kind.NOT_FOUND, "Provider not found"),
    PROVIDER_KEY_NOT_FOUND(Kind.NOT_FOUND, "Provider key not found"),
    MODEL_NOT_FOUND(Kind.NOT_FOUND, "Model not found"),
    PLAN_NOT_FOUND(Kind.NOT_FOUND, "Plan not found"),
    PLAN_CODE_TAKEN(Kind.CONFLICT, "Plan code already in use"),
    PROVIDER_NAME_TAKEN(Kind.CONFLICT, "Provider name already in use"),
    MODEL_TAKEN(Kind.CONFLICT, "The provider already has this model"),
    PRICE_EXISTS(Kind.CONFLICT, "A price already takes effect at that instant"),
    /** No personal, tenant or global key for the provider: a state to fix, not a malformed request (409). */
    NO_PROVIDER_KEY(Kind.CONFLICT, "No API key for this provider"),
    PROVIDER_REJECTED(Kind.INVALID, "The provider refused the request"),
    PROVIDER_UNAVAILABLE(Kind.UNAVAILABLE, "No provider could answer"),
    /** A stored provider key does not decrypt with the configured master keys: the operator must fix it. */
    PROVIDER_KEY_UNREADABLE(Kind.INTERNAL, "The provider key cannot be decrypted"),
    TOO_MANY_ATTEMPTS(Kind.RATE_LIMITED, "Too many attempts"),
    /** The per-minute rate limit of the tenant or of the key is used up. */
    RATE_LIMIT_EXCEEDED(Kind.RATE_LIMITED, "Rate limit exceeded"),
    /** A monthly quota (requests, tokens, spend) would be exceeded by the call. */
    INSUFFICIENT_QUOTA(Kind.RATE_LIMITED, "Monthly quota exhausted"),
    /** The tenant is suspended or cancelled. */
    ACCOUNT_SUSPENDED(Kind.FORBIDDEN, "The account is suspended"),
    /** The tenant's trial is over and it has no paid plan yet. */
    SUBSCRIPTION_REQUIRED(Kind.PAYMENT_REQUIRED, "A subscription is required"),
    /** The API key was suspended (automatically, for abuse, or by an operator). */
    API_KEY_SUSPENDED(Kind.FORBIDDEN, "The API key is suspended"),
    /** Too many failed authentications came from the caller's address. */
    ADDRESS_BLOCKED(Kind.RATE_LIMITED, "Too many failed authentications from this address"),
    ALERT_NOT_FOUND(Kind.NOT_FOUND, "Alert not found"),
    BLOCK_NOT_FOUND(Kind.NOT_FOUND, "No such block"),
    LICENSE_NOT_FOUND(Kind.NOT_FOUND, "No such license key"),
    /** A license key with a wrong check character or not the shape of a key: mistyped. */
    LICENSE_KEY_MALFORMED(Kind.INVALID, "The license key is mistyped"),
    LICENSE_REVOKED(Kind.CONFLICT, "The license key was revoked"),
    LICENSE_SUSPENDED(Kind.CONFLICT, "The license key is suspended"),
    LICENSE_EXPIRED(Kind.CONFLICT, "The license key can no longer be activated"),
    LICENSE_NOT_YET_ACTIVE(Kind.CONFLICT, "The license key cannot be activated yet"),
    LICENSE_MAX_ACTIVATIONS_REACHED(Kind.CONFLICT, "The license key has no activation left"),
    LICENSE_ALREADY_ACTIVATED(Kind.CONFLICT, "The tenant already activated this license key"),
    LICENSE_NOT_ACTIVATED(Kind.NOT_FOUND, "The tenant has not activated this license"),
    SUBSCRIPTION_NOT_FOUND(Kind.NOT_FOUND, "The tenant has no subscription"),
    SUBSCRIPTION_EXISTS(Kind.CONFLICT, "The tenant already has a subscription"),
    /** An upgrade asked for a cheaper plan, or a downgrade for a dearer one. */
    PLAN_CHANGE_DIRECTION(Kind.CONFLICT, "Not that kind of plan change"),
    INVOICE_NOT_FOUND(Kind.NOT_FOUND, "Invoice not found"),
    MAIL_NOT_FOUND(Kind.NOT_FOUND, "Mail not found"),
    PAYMENT_NOT_FOUND(Kind.NOT_FOUND, "Payment not found"),
    /** An issued invoice is never edited nor deleted: a credit note corrects it. */
    INVOICE_ISSUED(Kind.CONFLICT, "The invoice is issued"),
    INVOICE_NOT_ISSUED(Kind.CONFLICT, "The invoice is not issued"),
    INVOICE_EMPTY(Kind.CONFLICT, "The invoice has nothing to bill"),
    INVOICE_NOT_PAYABLE(Kind.CONFLICT, "This document is not paid"),
    PAYMENT_ABOVE_BALANCE(Kind.CONFLICT, "The payment is more than the balance"),
    CREDIT_ABOVE_INVOICE(Kind.CONFLICT, "The credit note is more than the invoice"),
    /** A mandatory mention of the seller (SIREN, VAT number, address…) is missing from the company settings. */
    BILLING_PROFILE_INCOMPLETE(Kind.CONFLICT, "The company settings miss mandatory mentions"),
    /** The client's billing identity lacks what an invoice must show (its address, its country). */
    BUYER_INCOMPLETE(Kind.CONFLICT, "The client's billing identity misses mandatory mentions"),
    /** A one-time password link that expired, was used already, or never existed. */
    PASSWORD_LINK_UNUSABLE(Kind.INVALID, "The link is no longer valid"),
    /** A user who chose a password gets no new welcome link: they reset it themselves. */
    PASSWORD_ALREADY_CHOSEN(Kind.CONFLICT, "The user has a password"),
    /** A mail that carried a one-time link is not sent again: a new link is sent instead. */
    MAIL_NOT_RESENDABLE(Kind.CONFLICT, "This mail cannot be sent again"),
    /** A suspended or cancelled tenant cannot change plans until its invoices are paid. */
    PLAN_CHANGE_BLOCKED(Kind.CONFLICT, "Plan changes are blocked"),
    ERASURE_NOT_FOUND(Kind.NOT_FOUND, "Erasure not found"),
    /** The erasure already ran or was cancelled: a done erasure cannot be undone. */
    ERASURE_NOT_PENDING(Kind.CONFLICT, "The erasure is no longer pending"),
    /** The tenant's data is already to be deleted (or was): one deletion at a time. */
    DELETION_ALREADY_SCHEDULED(Kind.CONFLICT, "A deletion is already scheduled"),
    EXPORT_NOT_FOUND(Kind.NOT_FOUND, "Export not found"),
    /** One export at a time: the one being built is mailed when ready. */
    EXPORT_IN_PROGRESS(Kind.CONFLICT, "An export is being built"),
    /** The export is not ready, or its link ran out or was wrong. */
    EXPORT_NOT_AVAILABLE(Kind.NOT_FOUND, "The export cannot be downloaded"),
    /** Dolibarr's settings are not saved yet (its address and API key). */
    ERP_NOT_CONFIGURED(Kind.CONFLICT, "Dolibarr is not configured"),
    ERP_TASK_NOT_FOUND(Kind.NOT_FOUND, "Sync task not found"),
    TOKEN_NOT_FOUND(Kind.NOT_FOUND, "Access token not found"),
    /** A read-only personal access token was used to change something. */
    TOKEN_READ_ONLY(Kind.FORBIDDEN, "The access token is read-only"),
    /** A user holds as many live access tokens as allowed: revoke one first. */
    TOKEN_LIMIT_REACHED(Kind.CONFLICT, "Too many access tokens"),
    /** Access tokens are created and listed from a signed-in session, not with another token. */
    SESSION_REQUIRED(Kind.FORBIDDEN, "A signed-in session is required"),
    SERVICE_UNAVAILABLE(Kind.UNAVAILABLE, "Service temporarily unavailable"),
    INTERNAL_ERROR(Kind.INTERNAL, "Internal error");

    /** The family of a code; one HTTP status per family, chosen by the web layer. */
    public enum Kind {
        INVALID,
        UNAUTHENTICATED,
        PAYMENT_REQUIRED,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT,
        RATE_LIMITED,
        UNAVAILABLE,
        INTERNAL
    }

    private final Kind kind;
    private final String title;

    ErrorCode(Kind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** The code as clients read it on the wire, in lower case: {@code insufficient_quota}, {@code model_not_found}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
