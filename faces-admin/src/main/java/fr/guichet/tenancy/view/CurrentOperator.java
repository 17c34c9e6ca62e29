package fr.guichet.tenancy.view;

import fr.guichet.common.view.ConsoleActor;
import fr.guichet.tenancy.view.security.SignedInOperator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The operator signed in to this request's session, for the layout's top bar and for the views' audit log
 * lines. Read from the session each time, since signing in or out replaces the session mid-request.
 */
@Named
@RequestScoped
public class CurrentOperator implements ConsoleActor {

    @Inject
    HttpServletRequest request;

    /** Who is signed in, as the top bar shows it: name and e-mail; empty when nobody is signed in. */
    public String getDisplayName() {
        return SignedInOperator.of(request)
                .map(o -> o.name() == null || o.name().isBlank() || o.name().equalsIgnoreCase(o.email())
                        ? o.email()
                        : o.name() + " (" + o.email() + ")")
                .orElse("");
    }

    /** The operator as the audit log names actors ({@code operator:<e-mail>}). */
    @Override
    public String getActor() {
        return "operator:"
                + SignedInOperator.of(request).map(SignedInOperator::email).orElse("anonymous");
    }

    /** The operator's user id, for log lines; "anonymous" when nobody is signed in. */
    public String getUserId() {
        return SignedInOperator.of(request).map(SignedInOperator::userId).orElse("anonymous");
    }
}
