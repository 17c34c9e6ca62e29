package fr.guichet.tenancy.view.security;

import fr.guichet.tenancy.service.UserView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;

/**
 * Who is signed in to the console, as the HTTP session remembers it: an id and names, never a credential.
 * Stored by the sign-in page; {@link OperatorSessionFilter} re-checks the account behind it on every request.
 */
public record SignedInOperator(String userId, String email, String displayName) implements Serializable {

    private static final String ATTRIBUTE = SignedInOperator.class.getName();

    public static SignedInOperator of(UserView user) {
        return new SignedInOperator(user.id(), user.email(), user.displayName());
    }

    /** Starts a fresh session (a new id, against session fixation) for an operator who just signed in. */
    public static SignedInOperator open(HttpServletRequest request, UserView user) {
        close(request);
        SignedInOperator operator = of(user);
        operator.storeIn(request.getSession(true));
        return operator;
    }

    public static Optional<SignedInOperator> of(HttpServletRequest request) {
        return of(request.getSession(false));
    }

    public static Optional<SignedInOperator> of(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            return session.getAttribute(ATTRIBUTE) instanceof SignedInOperator operator
                    ? Optional.of(operator)
                    : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** Ends the session, if there is one. */
    public static void close(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // Another request of the same browser ended it first: nothing left to do.
            }
        }
    }

    void storeIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    /** The name to show: the display name, or the e-mail address when there is none. */
    public String name() {
        return displayName == null || displayName.isBlank() ? email : displayName;
    }
}
