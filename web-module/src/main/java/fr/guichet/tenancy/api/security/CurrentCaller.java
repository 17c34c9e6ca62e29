package fr.guichet.tenancy.api.security;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.tenancy.domain.Role;
import fr.guichet.tenancy.service.UserView;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who is calling in this request, set by the authentication filters. Resources take the tenant from here,
 * never from the request, so that a caller cannot reach into another tenant.
 */
@RequestScoped
public class CurrentCaller implements fr.guichet.common.api.security.Actor {

    private UserView user;
    private String tokenId;

    void set(UserView user) {
        this.user = user;
    }

    /** A caller authenticated by a personal access token rather than a session. */
    void set(UserView user, String tokenId) {
        this.user = user;
        this.tokenId = tokenId;
    }

    /** Whether the call came with a personal access token rather than a session. */
    public boolean viaToken() {
        return tokenId != null;
    }

    /** Refuses a call made with an access token: what only a signed-in person may do (manage the tokens). */
    public void requireSession() {
        user();
        if (tokenId != null) {
            throw new DomainException(
                    ErrorCode.SESSION_REQUIRED,
                    "Access tokens are managed from the portal, signed in, not with a token");
        }
    }

    /** {@code operator:<e-mail>} for operators, {@code user:<e-mail>} for tenant users. */
    @Override
    public String actorName() {
        return (user().tenantId() == null ? "operator:" : "user:") + user().email();
    }

    public UserView user() {
        if (user == null) {
            throw new DomainException(ErrorCode.AUTHENTICATION_REQUIRED, "Sign in first");
        }
        return user;
    }

    /** The caller's tenant; an operator has none and is refused. */
    public String tenantId() {
        String tenantId = user().tenantId();
        if (tenantId == null) {
            throw new DomainException(ErrorCode.FORBIDDEN, "This call is for tenant users");
        }
        return tenantId;
    }

    public void requireTenantAdmin() {
        if (user().role() != Role.TENANT_ADMIN) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only a tenant admin may do this");
        }
    }
}
