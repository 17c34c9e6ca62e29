package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The portal's settings and privacy section in a real headless Chromium: a tenant admin changes the retention, the
 * language and the optional mails, asks for the
 * account's deletion (password and a ticked box), sees its date, and calls it off; a member only reads.
 */
class PortalPrivacyPageIT extends PortalPageTest {

    @Test
    @DisplayName("an admin keeps data 180 days, asks for the deletion (refused without the box, then with a wrong"
            + " password), sees its date, and calls it off")
    void adminJourney() throws Exception {
        Tenants.Opened t = Tenants.open("page-priv");
        signIn(t.slug(), t.adminEmail(), t.adminPassword(), "en");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("privacy")));
        assertThat(browser.findElement(By.cssSelector("#privacy h2")).getText()).isEqualTo("Settings and privacy");
        Select retention = new Select(browser.findElement(By.id("retention")));
        assertThat(retention.getFirstSelectedOption().getText()).isEqualTo("90 days");
        retention.selectByValue("180");
        Select language = new Select(browser.findElement(By.id("settingsLanguage")));
        assertThat(language.getFirstSelectedOption().getText()).isEqualTo("French");
        language.selectByValue("en");
        assertThat(browser.findElement(By.id("quotaAlerts")).isSelected()).isTrue();
        browser.findElement(By.id("quotaAlerts")).click();
        browser.findElement(By.id("retentionSave")).click();
        wait.until(ExpectedConditions.textToBe(By.id("retentionResult"), "Saved."));
        Api api = Tenants.signIn(t);
        JsonNode saved = api.get("/api/portal/settings").json();
        assertThat(saved.get("retentionDays").asInt()).isEqualTo(180);
        assertThat(saved.get("language").asText()).isEqualTo("en");
        assertThat(saved.at("/notifications/quotaAlerts").asBoolean()).isFalse();
        assertThat(saved.at("/notifications/paymentReceipts").asBoolean()).isTrue();

        browser.findElement(By.id("deletionPassword")).sendKeys(t.adminPassword());
        browser.findElement(By.id("deletionButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deletionResult"), "tick the box"));
        assertThat(api.get("/api/portal/account/deletion").status())
                .as("nothing asked yet")
                .isEqualTo(404);
        browser.findElement(By.id("deletionPassword")).sendKeys("not my password");
        browser.findElement(By.id("deletionConfirm")).click();
        browser.findElement(By.id("deletionButton")).click();
        wait.until(ExpectedConditions.textToBe(By.id("deletionResult"), "Wrong password."));

        browser.findElement(By.id("deletionPassword")).sendKeys(t.adminPassword());
        browser.findElement(By.id("deletionConfirm")).click();
        browser.findElement(By.id("deletionButton")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deletionLine")));
        assertThat(browser.findElement(By.id("deletionLine")).getText())
                .startsWith("The personal data of this account will be erased on ");
        assertThat(browser.findElement(By.id("deletionForm")).isDisplayed()).isFalse();
        session.screenshot("portal-deletion-pending");
        assertThat(api.get("/api/portal/account/deletion").status()).isEqualTo(200);

        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deletionLine")));
        browser.findElement(By.id("deletionCancel")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deletionResult"), "cancelled"));
        assertThat(browser.findElement(By.id("deletionForm")).isDisplayed()).isTrue();
        assertThat(api.get("/api/portal/account/deletion").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("an admin exports the account's data: asked from the page, mailed, the mailed link downloads the ZIP,"
            + " and the page lists it as ready")
    void exportJourney() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(MailIT.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Tenants.Opened t = Tenants.open("page-exp");
            signIn(t.slug(), t.adminEmail(), t.adminPassword(), "en");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("exportButton")));
            browser.findElement(By.id("exportButton")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("exportResult"), "Export asked for"));
            String link = null;
            for (int i = 0; i < 240 && link == null; i++) {
                for (MimeMessage m : smtp.getReceivedMessages()) {
                    if ("export_ready".equals(m.getHeader("X-Guichet-Mail", null))) {
                        java.util.regex.Matcher url = java.util.regex.Pattern.compile("https?://\\S+/export\\?\\S+")
                                .matcher(MailIT.part(m, "text/plain"));
                        link = url.find() ? url.group() : null;
                    }
                }
                Thread.sleep(250);
            }
            assertThat(link).as("the export_ready mail's link").contains("#token=");

            browser.get(link);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("download")));
            assertThat(browser.getCurrentUrl())
                    .as("the token leaves the address bar")
                    .doesNotContain("token");
            browser.findElement(By.id("download")).click();
            try {
                wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("result"), "Le téléchargement a commencé"));
            } catch (RuntimeException e) {
                session.screenshot("portal-export-failed");
                throw new AssertionError(
                        "result: " + browser.findElement(By.id("result")).getText() + " at " + browser.getCurrentUrl()
                                + " from " + link,
                        e);
            }
            session.screenshot("portal-export-download");

            browser.get(Api.BASE + "/portal/" + t.slug() + "/?lang=en#privacy");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#exportList a.download")));
            assertThat(browser.findElement(By.cssSelector("#exportList .status"))
                            .getText())
                    .isEqualTo("ready");

            browser.get(link.replace("#token=", "#token=x"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("download")));
            browser.findElement(By.id("download")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "ne fonctionne plus"));
        } finally {
            smtp.stop();
        }
    }

    @Test
    @DisplayName("a member reads the retention in French, cannot change it and is not offered the deletion")
    void memberReads() {
        Tenants.Opened t = Tenants.open("page-mem");
        String member = "member@" + t.slug() + ".example";
        Api.Reply invited = Tenants.signIn(t).post("/api/portal/users", Map.of("email", member));
        String password = Tenants.choosePassword(t.id(), invited);
        signIn(t.slug(), member, password, "fr");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("privacy")));
        assertThat(new Select(browser.findElement(By.id("retention")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("90 jours");
        assertThat(browser.findElement(By.id("retention")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("retentionResult")).getText())
                .isEqualTo("Seul un administrateur du compte peut modifier ces réglages.");
        assertThat(browser.findElement(By.id("deletionForm")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("exportSection")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("deletionCancel")).isDisplayed()).isFalse();
    }

    private void signIn(String slug, String email, String password, String lang) {
        session.signInToPortal(slug, email, password, lang);
    }
}
