package fr.guichet.tenancy.view;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.view.ConsoleText;
import fr.guichet.tenancy.domain.Role;
import fr.guichet.tenancy.service.AuthenticationService;
import fr.guichet.tenancy.service.UserView;
import fr.guichet.tenancy.view.security.OperatorSessionFilter;
import fr.guichet.tenancy.view.security.SignedInOperator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * Backs {@code /login.xhtml} and the layout's Sign out button: signs operators in and out of the console.
 * Every refusal reads the same ("Invalid e-mail or password") whatever was wrong, so the page tells nobody
 * which accounts exist; only the throttle's "try again in N s" differs. Signing in always starts a new
 * session, against session fixation. Holds the typed password for one request at most.
 */
@Named
@RequestScoped
public class LoginView {

    private static final System.Logger LOG = System.getLogger(LoginView.class.getName());
    /** Where an operator lands after signing in: the dashboard. */
    private static final String HOME = "/";

    @Inject
    AuthenticationService authentication;

    private String email;
    private String password;

    /** The sign-in page's view action: an operator already signed in goes straight to the console. */
    public String skipIfSignedIn() {
        HttpServletRequest request = request(FacesContext.getCurrentInstance());
        return SignedInOperator.of(request).isPresent() ? "/index.xhtml?faces-redirect=true" : null;
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = request(faces);
        String address = request.getRemoteAddr();
        UserView user;
        try {
            if (isBlank(email) || isBlank(password)) {
                refuse(faces, ConsoleText.text("login.refused"));
                return;
            }
            user = authentication.authenticateOperator(email, password, address);
        } catch (DomainException e) {
            LOG.log(Level.INFO, "Console sign-in refused from {0}: {1}", address, e.code());
            refuse(
                    faces,
                    e.code() == ErrorCode.TOO_MANY_ATTEMPTS ? tooManyAttempts(e) : ConsoleText.text("login.refused"));
            return;
        } finally {
            password = null;
        }
        if (user.role() != Role.OPERATOR || user.tenantId() != null) {
            // authenticateOperator only finds operators; this guards the console should that ever change.
            LOG.log(Level.WARNING, "Console sign-in refused to non-operator {0}", user.id());
            refuse(faces, ConsoleText.text("login.refused"));
            return;
        }
        SignedInOperator.open(request, user);
        LOG.log(Level.INFO, "Operator {0} signed in to the console from {1}", user.id(), address);
        redirect(faces, HOME);
    }

    public void signOut() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = request(faces);
        SignedInOperator.of(request)
                .ifPresent(
                        operator -> LOG.log(Level.INFO, "Operator {0} signed out of the console", operator.userId()));
        SignedInOperator.close(request);
        redirect(faces, OperatorSessionFilter.LOGIN_PAGE);
    }

    private static String tooManyAttempts(DomainException e) {
        long millis = e.retryAfter().map(Duration::toMillis).orElse(60_000L);
        return ConsoleText.text("login.tooMany", String.valueOf(Math.max(1, (millis + 999) / 1000)));
    }

    private static void refuse(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    private static void redirect(FacesContext faces, String page) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + page);
    }

    private static HttpServletRequest request(FacesContext faces) {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
