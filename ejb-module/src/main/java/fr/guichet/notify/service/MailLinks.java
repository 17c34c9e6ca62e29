package fr.guichet.notify.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The addresses mails link to, from Guichet's public address ({@code GUICHET_PUBLIC_URL}). */
@ApplicationScoped
public class MailLinks {

    @Inject
    @ConfigProperty(name = "guichet.public-url", defaultValue = "http://localhost:9080")
    String publicUrl;

    /** The client portal of the tenant whose slug is given. */
    public String portal(String slug) {
        return base() + "/portal/" + slug + "/";
    }

    public String base() {
        String url = publicUrl.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
