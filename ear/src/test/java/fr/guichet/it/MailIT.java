package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Mail through a real SMTP server (GreenMail, on the port the test server sends to): an issued invoice's mail in the
 * client's language with its PDF and Factur-X, a payment's, the operator's templates, and the outbox holding mails
 * while the SMTP server is down, then delivering each once.
 */
class MailIT {

    static final Api OPERATOR = Api.operator();
    static final int SMTP_PORT = Integer.getInteger("guichet.it.smtp.port", 19025);

    GreenMail smtp;

    @BeforeAll
    static void company() {
        Billing.companyReady();
    }

    @BeforeEach
    void smtpUp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void smtpDown() {
        smtp.stop();
    }

    @Test
    @DisplayName("an issued invoice is mailed in French to the client, with its PDF (that opens) and its Factur-X")
    void invoiceIssued() throws Exception {
        Tenants.Opened t = Billing.frenchBusiness("mail-inv", "fr");
        String invoice = Billing.id(Billing.draft(t.id(), List.of(Billing.line("Abonnement Pro", "1", "100.00"))));
        String number = Billing.issue(invoice).at("/summary/number").asText();

        MimeMessage mail = arriving(t.adminEmail(), 1).get(0);
        assertThat(mail.getSubject()).contains(number);
        assertThat(mail.getHeader("Content-Language")).containsExactly("fr");
        assertThat(mail.getFrom()[0].toString()).contains("billing@guichet.test");
        assertThat(mail.getMessageID()).endsWith("@guichet>");
        String text = part(mail, "text/plain");
        assertThat(text).startsWith("Bonjour").contains(number).contains("120,00 €");
        assertThat(text).as("the operator signs every mail").contains("Guichet Services", "12 rue des Guichets");
        assertThat(part(mail, "text/html")).contains(number).contains("factures@guichet.example");

        List<Part> files = attachments(mail);
        assertThat(files).extracting(Part::getFileName).containsExactly(number + ".pdf", number + "-factur-x.xml");
        try (InputStream in = files.get(0).getInputStream();
                PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(number).contains("ACME Conseil SARL");
        }
        try (InputStream in = files.get(1).getInputStream()) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("<ram:ID>" + number + "</ram:ID>");
        }

        JsonNode listed = OPERATOR.get("/api/admin/mail?kind=invoice_issued&tenantId=" + t.id())
                .json()
                .get("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("kind").asText()).isEqualTo("invoice_issued");
        assertThat(listed.get(0).get("status").asText()).isEqualTo("sent");
    }

    @Test
    @DisplayName("a payment is acknowledged in English to an English-speaking client")
    void paymentReceivedInEnglish() throws Exception {
        Tenants.Opened t = Billing.frenchBusiness("mail-pay", "en");
        String invoice = Billing.id(Billing.draft(t.id(), List.of(Billing.line("Pro plan", "1", "100.00"))));
        String number = Billing.issue(invoice).at("/summary/number").asText();
        arriving(t.adminEmail(), 1);
        Api.Reply paid = OPERATOR.post(
                "/api/admin/billing/invoices/" + invoice + "/payments",
                Map.of("amount", "120.00", "method", "transfer"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);

        MimeMessage mail = arriving(t.adminEmail(), 2).get(1);
        assertThat(mail.getHeader("Content-Language")).containsExactly("en");
        assertThat(part(mail, "text/plain"))
                .startsWith("Hello")
                .contains(number)
                .contains("€120.00");
        assertThat(attachments(mail)).isEmpty();
    }

    @Test
    @DisplayName("with the SMTP server down the mail waits, saying why; once it is back the mail is delivered, once")
    void smtpDownThenUp() throws Exception {
        smtp.stop();
        Tenants.Opened t = Billing.frenchBusiness("mail-down", "fr");
        String invoice = Billing.id(Billing.draft(t.id(), List.of(Billing.line("Audit", "1", "10.00"))));
        Billing.issue(invoice);
        // Every mail due says why it waits, however many wait before it (each tenant's welcome, here).
        JsonNode waiting = awaitMail(t.id(), m -> m.hasNonNull("lastError"));
        assertThat(waiting.get("status").asText()).isEqualTo("pending");
        assertThat(waiting.get("lastError").asText()).isNotBlank();

        smtp.start();
        arriving(t.adminEmail(), 1);
        JsonNode sent = awaitMail(t.id(), m -> m.get("status").asText().equals("sent"));
        assertThat(sent.get("attempts").asInt()).isGreaterThanOrEqualTo(1);
        Thread.sleep(5_000);
        assertThat(received(t.adminEmail()))
                .as("delivered once, not once per attempt")
                .hasSize(1);
    }

    @Test
    @DisplayName("an operator sends a sent mail again: a copy goes out, the first one stays as it was")
    void resend() throws Exception {
        Tenants.Opened t = Billing.frenchBusiness("mail-again", "fr");
        Billing.issue(Billing.id(Billing.draft(t.id(), List.of(Billing.line("Audit", "1", "10.00")))));
        arriving(t.adminEmail(), 1);
        JsonNode first = awaitMail(t.id(), m -> m.get("status").asText().equals("sent"));
        Api.Reply again = OPERATOR.post("/api/admin/mail/" + first.get("id").asText() + "/resend", Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("id").asText()).isNotEqualTo(first.get("id").asText());
        List<MimeMessage> both = arriving(t.adminEmail(), 2);
        assertThat(both).hasSize(2);
        assertThat(both.get(1).getSubject()).isEqualTo(both.get(0).getSubject());
        assertThat(both.get(1).getMessageID())
                .as("the copy is a mail of its own")
                .isEqualTo("<" + again.json().get("id").asText() + "@guichet>")
                .isNotEqualTo(both.get(0).getMessageID());

        assertThat(OPERATOR.post("/api/admin/mail/no-such-mail/resend", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(OPERATOR.get("/api/admin/mail?status=lost").status()).isEqualTo(400);
        assertThat(Tenants.signIn(t).get("/api/admin/mail").status())
                .as("operators only")
                .isIn(401, 403);
    }

    @Test
    @DisplayName("an operator's template is previewed, refused when it does not render, used, then reset")
    void operatorTemplate() throws Exception {
        String path = "/api/admin/mail/templates/payment_received/fr";
        Map<String, Object> custom = Map.of(
                "subject", "Merci ! Paiement reçu pour {{invoiceNumber}}",
                "html", "<p>Bonjour,</p><p>Nous avons reçu {{amount}}.</p>",
                "text", "Bonjour,\n\nNous avons reçu {{amount}}.");
        Api.Reply preview = OPERATOR.post(path + "/preview", custom);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().get("subject").asText()).isEqualTo("Merci ! Paiement reçu pour INV-2026-000123");
        assertThat(preview.json().get("html").asText())
                .contains("<!DOCTYPE html>")
                .contains("Guichet Services");

        Api.Reply broken = OPERATOR.put(path, Map.of("subject", "{{#open}} never closed", "html", "x", "text", "x"));
        assertThat(broken.status()).as(broken.toString()).isEqualTo(400);
        assertThat(broken.toString()).contains("subject");
        Api.Reply partial = OPERATOR.put(path, Map.of("subject", "s", "html", "{{> /etc/passwd}}", "text", "x"));
        assertThat(partial.status()).as("no file is ever read: " + partial).isEqualTo(400);
        assertThat(OPERATOR.get("/api/admin/mail/templates/nothing/fr").status())
                .isEqualTo(400);

        try {
            Api.Reply saved = OPERATOR.put(path, custom);
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            assertThat(saved.json().get("customized").asBoolean()).isTrue();
            Tenants.Opened t = Billing.frenchBusiness("mail-tpl", "fr");
            String invoice = Billing.id(Billing.draft(t.id(), List.of(Billing.line("Audit", "1", "10.00"))));
            String number = Billing.issue(invoice).at("/summary/number").asText();
            OPERATOR.post(
                    "/api/admin/billing/invoices/" + invoice + "/payments",
                    Map.of("amount", "12.00", "method", "card"));
            assertThat(arriving(t.adminEmail(), 2))
                    .extracting(MimeMessage::getSubject)
                    .contains("Merci ! Paiement reçu pour " + number);
        } finally {
            Api.Reply reset = OPERATOR.delete(path);
            assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
            assertThat(reset.json().get("customized").asBoolean()).isFalse();
        }
    }

    @Test
    @DisplayName("a new admin is welcomed with a one-time link (no password in clear) that works once; an invited"
            + " user in English; 'forgot password' mails a reset link that works once, expires, and cannot flood")
    void welcomeAndReset() throws Exception {
        String slug = Api.unique("welcome");
        String admin = "admin@" + slug + ".example";
        Api.Reply created = OPERATOR.post(
                "/api/admin/tenants", Map.of("name", "Bienvenue " + slug, "slug", slug, "contactEmail", admin));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        MimeMessage welcome = arrivingKind(admin, "welcome", 1).get(0);
        assertThat(welcome.getSubject()).startsWith("Bienvenue sur Guichet Services");
        assertThat(welcome.getHeader("Content-Language")).containsExactly("fr");
        String text = part(welcome, "text/plain");
        String link = linkIn(text, "/portal/" + slug + "/password?lang=fr#token=");
        assertThat(link).isEqualTo(created.json().at("/setPasswordLink/url").asText());
        assertThat(text).contains("Identifiant : " + admin).contains(Api.BASE + "/portal/" + slug + "/");
        assertThat(part(welcome, "text/html"))
                .as("the same link in the HTML part, '=' escaped as HTML allows")
                .contains("href=\"" + link.replace("=", "&#61;") + "\"");

        Api.Reply chosen = choose(link, "premier mot de passe long");
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(chosen.json().get("email").asText()).isEqualTo(admin);
        Api.Reply again = choose(link, "un autre mot de passe long");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("code").asText()).isEqualTo("PASSWORD_LINK_UNUSABLE");
        assertThat(choose(link.replace("#token=", "#token=x"), "encore un autre mot de passe")
                        .status())
                .isEqualTo(400);
        Api portal = Tenants.signIn(slug, admin, "premier mot de passe long");
        JsonNode welcomeMail = OPERATOR.get("/api/admin/mail?kind=welcome&tenantId="
                        + created.json().at("/tenant/id").asText())
                .json()
                .at("/items/0");
        assertThat(OPERATOR.get("/api/admin/mail/" + welcomeMail.get("id").asText())
                        .json()
                        .get("text")
                        .asText())
                .as("the outbox never shows the token")
                .contains("/password?lang=fr#token=…")
                .doesNotContain(link.substring(link.indexOf("#token=") + 7));
        Api.Reply copy =
                OPERATOR.post("/api/admin/mail/" + welcomeMail.get("id").asText() + "/resend", Map.of());
        assertThat(copy.status()).as(copy.toString()).isEqualTo(409);
        assertThat(copy.json().get("code").asText()).isEqualTo("MAIL_NOT_RESENDABLE");

        // A tenant admin invites a user; the tenant speaks English, so does the mail.
        String tenantId = created.json().at("/tenant/id").asText();
        assertThat(OPERATOR.patch("/api/admin/tenants/" + tenantId, Map.of("language", "en"))
                        .status())
                .isEqualTo(200);
        String member = "member@" + slug + ".example";
        Api.Reply invited = portal.post("/api/portal/users", Map.of("email", member));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        MimeMessage memberWelcome = arrivingKind(member, "welcome", 1).get(0);
        assertThat(memberWelcome.getSubject()).startsWith("Welcome to Guichet Services");
        assertThat(part(memberWelcome, "text/plain"))
                .startsWith("Hello")
                .contains("expires in 7 days")
                .contains("/portal/" + slug + "/password?lang=en#token=");

        // Forgot password: the same answer for an unknown address, which is sent nothing.
        Api.Reply unknown = Api.anonymous()
                .post("/api/portal/password/forgot", Map.of("tenant", slug, "email", "nobody@" + slug + ".example"));
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(OPERATOR.get("/api/admin/mail?kind=password_reset&tenantId=" + tenantId)
                        .json()
                        .get("total")
                        .asInt())
                .as("the unknown address is sent nothing")
                .isZero();
        assertThat(Api.anonymous()
                        .post("/api/portal/password/forgot", Map.of("tenant", "no-such-" + slug, "email", admin))
                        .status())
                .isEqualTo(202);
        assertThat(Api.anonymous()
                        .post("/api/portal/password/forgot", Map.of("tenant", slug, "email", "not an address"))
                        .status())
                .isEqualTo(400);
        Api.Reply forgot = Api.anonymous().post("/api/portal/password/forgot", Map.of("tenant", slug, "email", admin));
        assertThat(forgot.status()).isEqualTo(202);
        MimeMessage reset = arrivingKind(admin, "password_reset", 1).get(0);
        assertThat(reset.getSubject()).isEqualTo("Reset your password");
        String resetLink = linkIn(part(reset, "text/plain"), "/portal/" + slug + "/password?lang=en#token=");
        assertThat(part(reset, "text/plain")).contains("expires in 1 hour");
        assertThat(choose(resetLink, "short").status()).as("a weak password").isEqualTo(400);
        assertThat(choose(resetLink, "second mot de passe long").status()).isEqualTo(200);
        assertThat(Api.anonymous()
                        .post(
                                "/api/portal/login",
                                Map.of("tenant", slug, "email", admin, "password", "premier mot de passe long"))
                        .status())
                .as("the old password no longer works")
                .isEqualTo(401);
        Tenants.signIn(slug, admin, "second mot de passe long");
        assertThat(portal.get("/api/portal/profile").status())
                .as("the session opened before the reset ended with it")
                .isEqualTo(401);

        // A link expires: an hour and a minute later, it no longer works.
        Api.anonymous().post("/api/portal/password/forgot", Map.of("tenant", slug, "email", admin));
        String late = linkIn(
                part(arrivingKind(admin, "password_reset", 2).get(1), "text/plain"),
                "/portal/" + slug + "/password?lang=en#token=");
        try {
            TestClock.shift(Duration.ofMinutes(61));
            assertThat(choose(late, "troisieme mot de passe long")
                            .json()
                            .get("code")
                            .asText())
                    .isEqualTo("PASSWORD_LINK_UNUSABLE");
        } finally {
            TestClock.shift(Duration.ZERO);
        }

        // At most 3 reset links per hour: two went out already, so of three more requests only the first sends one.
        for (int i = 0; i < 3; i++) {
            assertThat(Api.anonymous()
                            .post("/api/portal/password/forgot", Map.of("tenant", slug, "email", admin))
                            .status())
                    .isEqualTo(202);
        }
        arrivingKind(admin, "password_reset", 3);
        Api.Reply tooMany = Api.anonymous().post("/api/portal/password/forgot", Map.of("tenant", slug, "email", admin));
        assertThat(tooMany.status())
                .as("the sixth request for one account from one address")
                .isEqualTo(429);
        assertThat(tooMany.header("Retry-After")).isNotBlank();
        assertThat(OPERATOR.get("/api/admin/mail?kind=password_reset&tenantId=" + tenantId)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    @DisplayName("an account's deletion: the client is told in its language when it will happen, with a link to its"
            + " portal, then that it is done; the outbox forgets the last mail's address once sent")
    void accountDeletion() throws Exception {
        Tenants.Opened t = Tenants.open("mail-del");
        Api admin = Tenants.signIn(t);
        Api.Reply asked = admin.delete("/api/portal/account", Map.of("password", t.adminPassword()));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        MimeMessage scheduled =
                arrivingKind(t.adminEmail(), "deletion_scheduled", 1).get(0);
        String due = java.time.LocalDate.ofInstant(
                        Instant.parse(asked.json().get("dueAt").asText()), java.time.ZoneId.of("Europe/Paris"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(scheduled.getSubject()).isEqualTo("Suppression de vos données prévue le " + due);
        assertThat(part(scheduled, "text/plain"))
                .contains("Tenant " + t.slug())
                .contains(Api.BASE + "/portal/" + t.slug() + "/#privacy");
        try {
            TestClock.shift(Duration.ofDays(31));
            assertThat(OPERATOR.post("/api/admin/privacy/erasures/run", Map.of())
                            .status())
                    .isEqualTo(200);
            MimeMessage done = arrivingKind(t.adminEmail(), "deletion_done", 1).get(0);
            assertThat(done.getSubject()).isEqualTo("Vos données personnelles ont été supprimées");
            assertThat(part(done, "text/plain")).contains("Tenant " + t.slug()).contains("10 ans");
            JsonNode outbox = awaitMail(t.id(), m -> m.get("status").asText().equals("sent"));
            assertThat(outbox.get("kind").asText()).isEqualTo("deletion_done");
            assertThat(outbox.toString()).doesNotContain(t.adminEmail());
            assertThat(OPERATOR.get("/api/admin/mail?tenantId=" + t.id())
                            .json()
                            .get("total")
                            .asInt())
                    .as("the earlier mails are forgotten")
                    .isEqualTo(1);
            Api.Reply again =
                    OPERATOR.post("/api/admin/mail/" + outbox.get("id").asText() + "/resend", Map.of());
            assertThat(again.status()).as(again.toString()).isEqualTo(409);
        } finally {
            TestClock.shift(Duration.ZERO);
        }
    }

    @Test
    @DisplayName("a data export: built in the background, mailed as a link that downloads a ZIP with every file"
            + " (profile, users, masked keys, usage, invoices as PDF that open); a wrong token or an expired link: 404")
    void dataExport() throws Exception {
        Tenants.Opened t = Billing.frenchBusiness("mail-exp", "fr");
        String invoice = Billing.id(Billing.draft(t.id(), List.of(Billing.line("Abonnement Pro", "1", "100.00"))));
        String number = Billing.issue(invoice).at("/summary/number").asText();
        ApiKeys.Created key = ApiKeys.create(t.id());
        Api.Reply refused = Api.anonymous()
                .header("Authorization", "Bearer " + key.secret())
                .post(
                        "/v1/chat/completions",
                        Map.of("model", "no-such-model", "messages", List.of(Map.of("role", "user", "content", "Hi"))));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(404);

        Api admin = Tenants.signIn(t);
        Api.Reply asked = admin.post("/api/portal/export", Map.of());
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        MimeMessage ready = arrivingKind(t.adminEmail(), "export_ready", 1).get(0);
        assertThat(ready.getSubject()).isEqualTo("Votre export de données est prêt");
        String link = linkIn(
                part(ready, "text/plain"),
                Api.BASE + "/portal/" + t.slug() + "/export?lang=fr&id="
                        + asked.json().get("id").asText() + "#token=");
        String id = asked.json().get("id").asText();
        String token = link.substring(link.indexOf("#token=") + 7);
        assertThat(admin.get("/api/portal/export").json().at("/0/status").asText())
                .isEqualTo("ready");

        java.net.http.HttpResponse<byte[]> zip = download(id, token);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(files.keySet())
                .containsExactly(
                        "README.txt",
                        "api-keys.json",
                        "invoices.json",
                        "invoices/" + number + ".pdf",
                        "profile.json",
                        "usage-events.jsonl",
                        "users.json");
        JsonNode profile = Api.JSON.readTree(files.get("profile.json"));
        assertThat(profile.get("contactEmail").asText()).isEqualTo(t.adminEmail());
        assertThat(profile.at("/billing/legalName").asText()).isEqualTo("ACME Conseil SARL");
        assertThat(Api.JSON.readTree(files.get("users.json")).findValuesAsText("email"))
                .contains(t.adminEmail());
        String keys = new String(files.get("api-keys.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(keys)
                .contains(key.secret().substring(key.secret().length() - 4))
                .doesNotContain(key.secret());
        String usage = new String(files.get("usage-events.jsonl"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(usage.lines())
                .singleElement()
                .satisfies(
                        line -> assertThat(Api.JSON.readTree(line).get("model").asText())
                                .isEqualTo("no-such-model"));
        assertThat(Api.JSON.readTree(files.get("invoices.json")).at("/0/number").asText())
                .isEqualTo(number);
        try (PDDocument pdf = Loader.loadPDF(files.get("invoices/" + number + ".pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(number);
        }
        assertThat(new String(files.get("README.txt"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("usage-events.jsonl");

        assertThat(download(id, token + "x").statusCode()).isEqualTo(404);
        assertThat(admin.get("/api/portal/export/" + id + "/zip").status())
                .as("from the portal too")
                .isEqualTo(200);
        Tenants.Opened other = Tenants.open("mail-exp-o");
        assertThat(Tenants.signIn(other)
                        .get("/api/portal/export/" + id + "/zip")
                        .status())
                .as("not from another tenant")
                .isEqualTo(404);
        JsonNode mail = null;
        for (int i = 0; i < 40 && (mail == null || !mail.get("status").asText().equals("sent")); i++) {
            Thread.sleep(250);
            mail = OPERATOR.get("/api/admin/mail?kind=export_ready&tenantId=" + t.id())
                    .json()
                    .at("/items/0");
        }
        assertThat(mail.get("status").asText()).isEqualTo("sent");
        assertThat(OPERATOR.get("/api/admin/mail/" + mail.get("id").asText())
                        .json()
                        .get("text")
                        .asText())
                .as("the outbox never shows the token")
                .doesNotContain(token);
        try {
            TestClock.shift(Duration.ofDays(8));
            OPERATOR.post("/api/admin/privacy/erasures/run", Map.of());
            assertThat(download(id, token).statusCode()).as("expired").isEqualTo(404);
            assertThat(admin.get("/api/portal/export").json().at("/0/status").asText())
                    .isEqualTo("expired");
        } finally {
            TestClock.shift(Duration.ZERO);
        }
    }

    private static java.net.http.HttpResponse<byte[]> download(String id, String token) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(Api.BASE + "/api/exports/" + id + "/download"))
                                .header("Content-Type", "application/json")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        Api.write(Map.of("token", token))))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Api.Reply choose(String link, String password) {
        return Api.anonymous()
                .post(
                        "/api/portal/password",
                        Map.of("token", link.substring(link.indexOf("#token=") + 7), "newPassword", password));
    }

    /** The address in the text that contains {@code marker}, whole. */
    private static String linkIn(String text, String marker) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("https?://\\S+").matcher(text);
        while (m.find()) {
            if (m.group().contains(marker)) {
                return m.group();
            }
        }
        throw new AssertionError("No link with " + marker + " in:\n" + text);
    }

    /** Waits (up to 60 s) for {@code count} mails of the kind to {@code to}, oldest first. */
    private List<MimeMessage> arrivingKind(String to, String kind, int count) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        List<MimeMessage> mails = List.of();
        while (Instant.now().isBefore(end)) {
            mails = new ArrayList<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)
                        && kind.equals(m.getHeader("X-Guichet-Mail", null))) {
                    mails.add(m);
                }
            }
            if (mails.size() >= count) {
                return mails;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(count + " " + kind + " mails to " + to + " expected, " + mails.size() + " came");
    }

    /** Waits (up to 60 s) for {@code count} mails to {@code to}; they are returned oldest first. */
    private List<MimeMessage> arriving(String to, int count) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        List<MimeMessage> mails = received(to);
        while (mails.size() < count && Instant.now().isBefore(end)) {
            Thread.sleep(250);
            mails = received(to);
        }
        assertThat(mails).as("mails to " + to).hasSizeGreaterThanOrEqualTo(count);
        return mails;
    }

    /** The mails to {@code to} but its welcome (each tenant's admin is welcomed when the tenant opens). */
    private List<MimeMessage> received(String to) throws Exception {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                            .anyMatch(a -> a.toString().equals(to))
                    && !"welcome".equals(m.getHeader("X-Guichet-Mail", null))) {
                mine.add(m);
            }
        }
        return mine;
    }

    private static JsonNode awaitMail(String tenantId, java.util.function.Predicate<JsonNode> condition)
            throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode last = null;
        while (Instant.now().isBefore(end)) {
            List<JsonNode> items = new ArrayList<>();
            OPERATOR.get("/api/admin/mail?tenantId=" + tenantId)
                    .json()
                    .get("items")
                    .forEach(m -> {
                        if (!m.get("kind").asText().equals("welcome")) {
                            items.add(m);
                        }
                    });
            if (!items.isEmpty()) {
                last = items.get(items.size() - 1);
                if (condition.test(last)) {
                    return last;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The mail of " + tenantId + " never got there: " + last);
    }

    static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<Part> attachments(Part part) throws Exception {
        List<Part> files = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                    files.add(child);
                } else {
                    files.addAll(attachments(child));
                }
            }
        }
        return files;
    }
}
