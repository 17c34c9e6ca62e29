package fr.guichet.tenancy.view;

import fr.guichet.tenancy.service.NewTenant;
import java.io.Serializable;

/**
 * What the operator types in the "New tenant" dialog. Checked by the service, not here, so the rules live in
 * one place; the first tenant admin is the contact e-mail (the service's default).
 */
public class NewTenantForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String slug;
    private String contactEmail;
    private String timeZone;

    public NewTenant toNewTenant() {
        return new NewTenant(name, slug, contactEmail, blankToNull(timeZone), null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
