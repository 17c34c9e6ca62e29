package fr.guichet.console.view;

import fr.guichet.licensing.service.LicensingConfig;
import fr.guichet.notify.service.MailLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The console's warning, on every page, while Guichet's public addresses are local ones: the links in mails and the
 * activation links and QR codes of license keys would then lead nowhere for the clients who receive them.
 */
@Named
@ApplicationScoped
public class PublicAddressBanner {

    @Inject
    MailLinks links;

    @Inject
    LicensingConfig licensing;

    /** What is wrong, in words; empty when both addresses are public. */
    public String getWarning() {
        List<String> local = new ArrayList<>();
        if (isLocal(links.base())) {
            local.add("links in mails point to " + links.base() + " (set GUICHET_PUBLIC_URL)");
        }
        if (isLocal(licensing.activationUrl())) {
            local.add("license activation links and QR codes point to " + licensing.activationUrl()
                    + " (set GUICHET_LICENSING_ACTIVATION_URL)");
        }
        return local.isEmpty()
                ? ""
                : "Guichet's public address is not set: " + String.join("; ", local)
                        + ". Clients cannot open these links.";
    }

    static boolean isLocal(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return true;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.equals("localhost")
                    || host.startsWith("127.")
                    || host.equals("[::1]")
                    || host.equals("::1")
                    || host.equals("0.0.0.0")
                    || host.endsWith(".localhost");
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
