package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The portal's account pages in a real headless Chromium: personal access tokens, the subscription (a change of plan
 * with its prorated cost shown before it is confirmed, cancellation and resumption) and licence keys (an activation
 * link leading through the organisation's portal).
 */
class PortalAccountPagesIT extends PortalPageTest {

    @Test
    @DisplayName("a member makes a read-only access token: shown once with its curl line, it reads the portal API"
            + " from outside the browser and cannot write; revoked after a confirmation, it is refused")
    void accessTokens() throws Exception {
        Tenants.Opened t = Tenants.open("portal-tokens");
        String member = "mia@" + t.slug() + ".example";
        Api.Reply invited = Tenants.signIn(t).post("/api/portal/users", Map.of("email", member, "role", "MEMBER"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        session.signInToPortal(t.slug(), member, Tenants.choosePassword(t.id(), invited), "en");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokens")));
        assertThat(browser.findElement(By.id("tokenList")).getText()).isEqualTo("No token yet.");

        session.click("tokenCreate");
        wait.until(ExpectedConditions.textToBe(By.id("tokenResult"), "Give the token a name."));
        session.type("tokenName", "Monthly export");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("tokenDays")))
                .selectByVisibleText("30 days");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("tokenScope")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Read only");
        session.click("tokenCreate");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokenSecretBox")));
        String secret = browser.findElement(By.id("tokenSecret")).getText();
        assertThat(secret).startsWith("gpat_");
        assertThat(browser.findElement(By.id("tokenCurl")).getText())
                .isEqualTo("curl -H \"Authorization: Bearer " + secret + "\" " + Api.BASE
                        + "/api/portal/usage/csv -o usage.csv");
        By line = By.xpath("//ul[@id='tokenList']/li[span[contains(@class,'token-name') and text()='Monthly export']]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(line));
        String listed = browser.findElement(line).getText();
        assertThat(listed)
                .contains("active · read only · expires on ")
                .contains("never used")
                .doesNotContain(secret);
        session.screenshot("portal-tokens");

        Api token = Api.anonymous().header("Authorization", "Bearer " + secret);
        assertThat(token.get("/api/portal/profile").json().at("/user/email").asText())
                .isEqualTo(member);
        assertThat(token.post("/api/portal/tokens", Map.of("name", "x", "scope", "READ_ONLY"))
                        .json()
                        .get("code")
                        .asText())
                .as("a read-only token writes nothing")
                .isEqualTo("TOKEN_READ_ONLY");
        assertThat(token.post("/api/portal/profile/password", Map.of())
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("TOKEN_READ_ONLY");

        browser.findElement(line).findElement(By.cssSelector("button.revoke")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("tokenResult"), "Revoke “Monthly export”?"));
        assertThat(token.get("/api/portal/profile").status())
                .as("nothing revoked before the confirmation")
                .isEqualTo(200);
        browser.findElement(line)
                .findElement(By.cssSelector("button.confirm-revoke"))
                .click();
        wait.until(ExpectedConditions.textToBe(
                By.id("tokenResult"), "Token “Monthly export” revoked: it no longer works."));
        assertThat(token.get("/api/portal/profile").status()).isEqualTo(401);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(line, "revoked"));
    }

    @Test
    @DisplayName("an admin sees the subscription, the prorated cost of an upgrade before confirming it, confirms it;"
            + " cancels at the period's end after a confirmation, then resumes")
    void subscription() throws Exception {
        Billing.companyReady();
        String plan = BillingRunIT.businessPlan();
        String planName = Api.operator()
                .get("/api/admin/plans/" + plan)
                .json()
                .get("name")
                .asText();
        Tenants.Opened t = Billing.frenchBusiness("portal-sub", "en");
        BillingRunIT.subscribe(t.id(), plan);
        String bigger = PlansIT.createPlan(
                        Api.operator(), Map.of("name", "Enterprise " + Api.unique("e"), "monthlyPriceEur", 999))
                .get("id")
                .asText();
        String biggerName = Api.operator()
                .get("/api/admin/plans/" + bigger)
                .json()
                .get("name")
                .asText();
        Api api = Tenants.signIn(t);

        signIn(t, "en");
        wait.until(ExpectedConditions.textToBe(By.id("subPlanName"), planName));
        assertThat(browser.findElement(By.id("subPriceValue")).getText()).isEqualTo("€299.00 excl. VAT / month");
        assertThat(browser.findElement(By.id("subStatusValue")).getText()).startsWith("active · renews on ");
        assertThat(browser.findElement(By.id("planBadge")).getText()).isEqualTo(planName);

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("subPlanChoice"))).selectByValue(bigger);
        session.click("subPreviewButton");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("subConfirmChange")));
        JsonNode preview =
                api.get("/api/portal/subscription/preview?planId=" + bigger).json();
        assertThat(browser.findElement(By.id("subPreviewLine")).getText())
                .startsWith("Moving to “" + biggerName + "” today: ")
                .contains(String.format(
                        java.util.Locale.UK,
                        "that is €%,.2f excl. VAT",
                        preview.get("net").decimalValue()))
                .endsWith("then €999.00 excl. VAT / month.");
        assertThat(api.get("/api/portal/subscription").json().get("planId").asText())
                .as("nothing changed before the confirmation")
                .isEqualTo(plan);
        session.screenshot("portal-subscription-preview");
        session.click("subConfirmChange");
        wait.until(ExpectedConditions.textToBe(By.id("subResult"), "Done: your plan is now “" + biggerName + "”."));
        assertThat(api.get("/api/portal/subscription").json().get("planId").asText())
                .isEqualTo(bigger);
        assertThat(browser.findElement(By.id("subPlanName")).getText()).isEqualTo(biggerName);

        session.click("subCancelButton");
        wait.until(
                ExpectedConditions.textToBe(By.id("subResult"), "Cancel the subscription at the end of the period?"));
        assertThat(api.get("/api/portal/subscription")
                        .json()
                        .get("cancelAtPeriodEnd")
                        .asBoolean())
                .isFalse();
        session.click("subCancelYes");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("subResult"), "Cancelled: the subscription ends on "));
        JsonNode cancelled = api.get("/api/portal/subscription").json();
        assertThat(cancelled.get("cancelAtPeriodEnd").asBoolean()).isTrue();
        assertThat(browser.findElement(By.id("subResult")).getText())
                .isEqualTo("Cancelled: the subscription ends on "
                        + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                                .format(java.time.LocalDate.parse(
                                        cancelled.get("endsOn").asText()))
                        + ".");
        assertThat(browser.findElement(By.id("subChange")).isDisplayed()).isFalse();
        session.click("subResumeButton");
        wait.until(ExpectedConditions.textToBe(By.id("subResult"), "The subscription goes on."));
        assertThat(api.get("/api/portal/subscription")
                        .json()
                        .get("cancelAtPeriodEnd")
                        .asBoolean())
                .isFalse();
    }

    @Test
    @DisplayName("an activation link leads through the organisation's portal: signed in, the key is filled in and"
            + " checked, activated, and the access shows; a used-up key is refused in French words")
    void licenseInThePortal() throws Exception {
        String plan = Licenses.plan();
        Licenses.Generated g = Licenses.one(plan, Map.of("durationDays", 60, "maxActivations", 1));
        Tenants.Opened t = Tenants.open("portal-lic");
        browser.get(Api.BASE + "/activate/?lang=fr#key=" + g.key());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checkResult"), "Valable : 60 jours de "));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Activer une clé de licence");
        assertThat(browser.findElement(By.cssSelector("label[for=tenant]")).getText())
                .isEqualTo("Organisation (son nom de connexion)");
        browser.get(g.body().get("activationLink").asText());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checkResult"), "Valid: 60 days"));
        browser.findElement(By.id("tenant")).sendKeys(t.slug());
        String portal = browser.findElement(By.id("portalLink")).getAttribute("href");
        assertThat(portal).isEqualTo(Api.BASE + "/portal/" + t.slug() + "/#key=" + g.key());
        browser.get(Api.BASE + "/portal/" + t.slug() + "/?lang=en#key=" + g.key());
        assertThat(browser.getCurrentUrl()).as("the key leaves the address bar").doesNotContain("key=");
        session.type("email", t.adminEmail());
        session.type("password", t.adminPassword());
        session.click("signInButton");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("licenseCheck"), "Valid key: 60 days"));
        assertThat(browser.findElement(By.id("licenseKey")).getAttribute("value"))
                .isEqualTo(g.key());
        assertThat(browser.findElement(By.id("licenseAccess")).getText()).isEqualTo("No licensed access yet.");
        session.click("licenseActivate");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("licenseResult"), "Key activated: your access"));
        assertThat(browser.findElement(By.id("licenseAccess")).getText()).startsWith("Licensed access until ");
        assertThat(browser.findElement(By.id("licenseActivations")).getText()).contains(": 60 days");
        assertThat(Licenses.tenant(t.id()).get("planId").asText()).isEqualTo(plan);
        session.screenshot("portal-license");

        Tenants.Opened other = Tenants.open("portal-lic-fr");
        session.click("signOut");
        session.signInToPortal(other.slug(), other.adminEmail(), other.adminPassword(), "fr");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("license")));
        session.type("licenseKey", g.key());
        session.click("licenseActivate");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("licenseCheck"), "autant de fois"));
        wait.until(ExpectedConditions.textToBe(
                By.id("licenseResult"), "Cette clé a été activée autant de fois qu’elle le permet."));
        assertThat(browser.findElement(By.id("licenseAccess")).getText())
                .isEqualTo("Aucun accès sous licence pour l’instant.");
    }
}
