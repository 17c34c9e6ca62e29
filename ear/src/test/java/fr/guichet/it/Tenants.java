package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Builds tenants through the admin API, and signs their users in to the portal. */
final class Tenants {

    /** A tenant just opened, with its first admin's credentials (the password chosen through the welcome link). */
    record Opened(String id, String slug, String adminEmail, String adminPassword) {}

    static Opened open(String prefix) {
        String slug = Api.unique(prefix);
        Api.Reply reply = Api.operator()
                .post(
                        "/api/admin/tenants",
                        Map.of("name", "Tenant " + slug, "slug", slug, "contactEmail", "admin@" + slug + ".example"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return new Opened(
                reply.json().at("/tenant/id").asText(), slug, "admin@" + slug + ".example", choosePassword(reply));
    }

    /**
     * Chooses a password through the one-time link in the answer to a tenant's creation or a user's invitation,
     * as the person the link was mailed to would.
     */
    static String choosePassword(Api.Reply created) {
        return choose(created.json().at("/setPasswordLink/url").asText(), created);
    }

    /**
     * Chooses a password for a user a tenant admin invited: the admin never sees the mailed link, so an operator
     * sends a new one (which ends the first) and the user follows it.
     */
    static String choosePassword(String tenantId, Api.Reply invited) {
        assertThat(invited.json().at("/setPasswordLink/url").asText(""))
                .as("a tenant admin never sees another user's link: " + invited)
                .isEmpty();
        Api.Reply again = Api.operator()
                .post(
                        "/api/admin/tenants/" + tenantId + "/users/"
                                + invited.json().at("/user/id").asText() + "/welcome",
                        Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        return choose(again.json().at("/url").asText(), again);
    }

    private static String choose(String url, Api.Reply created) {
        assertThat(url).as(created.toString()).contains("#token=");
        String password = "Pw-" + Api.unique("x") + "-long";
        Api.Reply chosen = Api.anonymous()
                .post(
                        "/api/portal/password",
                        Map.of("token", url.substring(url.indexOf("#token=") + 7), "newPassword", password));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        return password;
    }

    /** A portal session for the user, with the CSRF header set for later calls. */
    static Api signIn(String slug, String email, String password) {
        Api portal = Api.withCookies();
        Api.Reply login =
                portal.post("/api/portal/login", Map.of("tenant", slug, "email", email, "password", password));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return portal.header("X-CSRF-Token", login.json().at("/csrfToken").asText());
    }

    static Api signIn(Opened tenant) {
        return signIn(tenant.slug(), tenant.adminEmail(), tenant.adminPassword());
    }
}
