package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal's home, usage and API keys in a real headless Chromium, as a client's administrator reads them: the
 * month's use against the quota, the usage tables and their CSV, a key created (shown once, it works) and revoked
 * after a confirmation (it no longer works); and the same pages in French.
 */
class PortalPagesIT {

    private static ChatFixture fixture;

    private Browser session;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void setUp() {
        fixture = ChatFixture.install();
    }

    @AfterAll
    static void tearDown() {
        fixture.close();
    }

    @BeforeEach
    void startBrowser() throws Exception {
        session = Browser.start();
        browser = session.driver;
        wait = session.wait;
    }

    @AfterEach
    void stopBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    @DisplayName("two calls of ten show as 20 % of the requests quota, in the usage tables and in the CSV; a key"
            + " created is shown once and works; revoked after a confirmation, it is refused")
    void homeUsageKeys() throws Exception {
        LimitsIT.Opened t = LimitsIT.onPlan(Map.of("requestsPerMonth", 10, "requestsPerMinute", 1000));
        for (int i = 0; i < 2; i++) {
            assertThat(t.chat().status()).isEqualTo(200);
        }
        JsonNode quota = Tenants.signIn(t.tenant()).get("/api/portal/quota").json();
        assertThat(quota.get("requests").asLong()).isEqualTo(2);

        signIn(t.tenant(), "en");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quotaBars"), "requests"));
        assertThat(browser.findElement(By.id("quotaBars")).getText()).contains("2 / 10 requests — 20 %");
        assertThat(browser.findElement(By.id("requestsMonth")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("planBadge")).getText())
                .as("no subscription: the plan assigned, and the account's status")
                .isEqualTo("Plan · Trial");
        assertThat(browser.findElement(By.id("tokensMonth")).getText().replaceAll("[^0-9]", ""))
                .isEqualTo(quota.get("tokens").asText());
        java.time.Instant created = java.time.Instant.parse(Api.operator()
                .get("/api/admin/tenants/" + t.tenant().id())
                .json()
                .get("createdAt")
                .asText());
        assertThat(browser.findElement(By.id("memberSince")).getText())
                .as("the day the client was created, as the browser (same machine) says it")
                .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                        .format(created.atZone(java.time.ZoneId.systemDefault())));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("usage")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("usageModels"), ChatFixture.MODEL));
        assertThat(browser.findElement(By.cssSelector("#usageModels tbody")).getText())
                .contains(ChatFixture.MODEL + " 2");
        assertThat(browser.findElement(By.cssSelector("#usageKeys tbody")).getText())
                .contains(t.key().body().get("key").get("name").asText());
        assertThat(browser.findElements(By.cssSelector("#usageDays li"))).isNotEmpty();
        String[] lines = session.fetch("/api/portal/usage/csv").split("\r?\n");
        assertThat(lines[0]).isEqualTo("200");
        assertThat(lines[1]).startsWith("text/csv");
        assertThat(lines[2]).startsWith("day,client_id,client,model,provider,api_key_id,served,");
        assertThat(lines).hasSize(4);
        assertThat(lines[3]).contains("," + t.key().id() + ",2,0,0,");
        session.screenshot("portal-home");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("keys")));
        browser.findElement(By.id("keyName")).sendKeys("Laptop");
        session.click("keyCreate");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("keySecretBox")));
        String secret = browser.findElement(By.id("keySecret")).getText();
        assertThat(ApiKeys.models(secret).status()).as("the new key works").isEqualTo(200);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("keyList"), "Laptop"));
        assertThat(browser.findElement(By.id("keyList")).getText()).doesNotContain(secret);
        session.screenshot("portal-keys");

        By laptop = By.xpath("//ul[@id='keyList']/li[span[@class='key-name' and text()='Laptop']]");
        browser.findElement(laptop).findElement(By.cssSelector("button.revoke")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("keyResult"), "Revoke “Laptop”?"));
        assertThat(ApiKeys.models(secret).status())
                .as("nothing revoked before the confirmation")
                .isEqualTo(200);
        browser.findElement(laptop)
                .findElement(By.cssSelector("button.confirm-revoke"))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id("keyResult"), "Key “Laptop” revoked: it no longer works."));
        assertThat(ApiKeys.models(secret).status()).isEqualTo(401);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(laptop, "revoked"));
    }

    @Test
    @DisplayName("in French: the home, the usage and the keys speak French, amounts with a decimal comma")
    void inFrench() throws Exception {
        LimitsIT.Opened t = LimitsIT.onPlan(Map.of("requestsPerMonth", 10, "requestsPerMinute", 1000));
        assertThat(t.chat().status()).isEqualTo(200);
        signIn(t.tenant(), "fr");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quotaBars"), "requêtes"));
        assertThat(browser.findElement(By.id("quotaBars")).getText()).contains("1 / 10 requêtes — 10 %");
        assertThat(browser.findElement(By.id("costMonth")).getText()).matches("\\d+,\\d{2}\\s€");
        assertThat(browser.findElement(By.cssSelector("#usage h2")).getText()).isEqualTo("Consommation du mois");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("keys")));
        assertThat(browser.findElement(By.cssSelector("#keys h2")).getText()).isEqualTo("Clés d’API");
        assertThat(browser.findElement(By.id("portalNav")).getText())
                .contains("Accueil")
                .contains("Consommation");
    }

    @Test
    @DisplayName("an issued invoice is listed with its total and status, and its PDF downloads; another client's"
            + " session cannot fetch it")
    void invoices() throws Exception {
        Billing.companyReady();
        Tenants.Opened t = Billing.frenchBusiness("portal-inv", "en");
        JsonNode issued = Billing.issue(
                Billing.id(Billing.draft(t.id(), java.util.List.of(Billing.line("Plan", "1", "100.00")))));
        String number = issued.at("/summary/number").asText();
        assertThat(number).isNotBlank();

        signIn(t, "en");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoiceTable"), number));
        String row = browser.findElement(By.cssSelector("#invoiceTable tr[data-invoice='" + Billing.id(issued) + "']"))
                .getText();
        assertThat(row).contains("€120.00").contains("To pay");
        String href = browser.findElement(
                        By.cssSelector("#invoiceTable tr[data-invoice='" + Billing.id(issued) + "'] a.pdf"))
                .getAttribute("href");
        assertThat(fetchHead(href)).startsWith("200 application/pdf %PDF");
        session.screenshot("portal-invoices");

        Tenants.Opened other = Tenants.open("portal-inv-other");
        session.click("signOut");
        signIn(other, "en");
        assertThat(fetchHead(href)).as("another client's session").startsWith("404");
    }

    @Test
    @DisplayName("an admin invites a member, makes them administrator, disables them; demoting the last other"
            + " administrator is refused in words")
    void users() throws Exception {
        Tenants.Opened t = Tenants.open("portal-users");
        signIn(t, "en");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("users")));
        String joe = "joe@" + t.slug() + ".example";
        browser.findElement(By.id("inviteEmail")).sendKeys(joe);
        browser.findElement(By.id("inviteName")).sendKeys("Joe Bloggs");
        session.click("inviteButton");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("userResult"), joe + " is invited"));
        By joeItem = By.xpath("//ul[@id='userList']/li[contains(., '" + joe + "')]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(joeItem));
        assertThat(browser.findElement(joeItem)
                        .findElement(By.className("user-role"))
                        .getText())
                .isEqualTo("Member");

        browser.findElement(joeItem).findElement(By.cssSelector("button.role")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(joeItem, "Administrator"));
        browser.findElement(joeItem)
                .findElement(By.cssSelector("button.disable"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(joeItem, "disabled"));
        JsonNode listed = null;
        for (JsonNode u :
                Tenants.signIn(t).get("/api/portal/users?size=100").json().get("items")) {
            if (u.get("email").asText().equals(joe)) {
                listed = u;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("role").asText()).isEqualTo("TENANT_ADMIN");
        assertThat(listed.get("enabled").asBoolean()).isFalse();
        session.screenshot("portal-users");

        By meItem = By.xpath("//ul[@id='userList']/li[contains(., '(you)')]");
        browser.findElement(meItem).findElement(By.cssSelector("button.role")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("userResult"), "class", "error"));
        assertThat(browser.findElement(By.id("userResult")).getText()).isNotBlank();
        assertThat(browser.findElement(meItem)
                        .findElement(By.className("user-role"))
                        .getText())
                .as("still the administrator: the only one enabled")
                .isEqualTo("Administrator");
    }

    @Test
    @DisplayName("a user sets their own key for a provider (never shown again, only its end), then removes it")
    void providerKeys() throws Exception {
        Tenants.Opened t = Tenants.open("portal-pk");
        signIn(t, "en");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("providerKeys")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("pkProvider")))
                .selectByValue(Providers.SEEDED_OPENAI);
        String key = "sk-portal-" + Api.unique("k") + "wxyz";
        browser.findElement(By.id("pkKey")).sendKeys(key);
        session.click("pkSave");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pkResult"), "Key saved"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pkList"), "OpenAI · personal"));
        assertThat(browser.findElement(By.id("pkList")).getText()).contains("sk-po…yz");
        assertThat(browser.getPageSource()).doesNotContain(key);
        assertThat(Tenants.signIn(t).get("/api/portal/provider-keys").json())
                .anySatisfy(k -> assertThat(k.get("providerId").asText()).isEqualTo(Providers.SEEDED_OPENAI));

        browser.findElement(By.cssSelector("#pkList button.remove")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pkResult"), "Key removed."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pkList"), "No key"));
        assertThat(Tenants.signIn(t).get("/api/portal/provider-keys").json()).isEmpty();
    }

    /** Status, content type and the first four characters of what the page's session fetches at {@code href}. */
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
                        .status())
                .isEqualTo(403);
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
        assertThat(api.get("/api/portal/subscription")
                        .json()
                        .get("cancelAtPeriodEnd")
                        .asBoolean())
                .isTrue();
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

    @Test
    @DisplayName("the portal passes axe-core's WCAG 2.1 A and AA checks signed out (French) and signed in (English,"
            + " every section shown), and fits a phone's width without sideways scrolling")
    void accessibleOnAPhone() throws Exception {
        Tenants.Opened t = Tenants.open("portal-a11y");
        browser.get(Api.BASE + "/portal/" + t.slug() + "/?lang=fr");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email")));
        assertThat(session.accessibilityViolations()).as("sign-in page").isEmpty();

        signIn(t, "en");
        for (String section : java.util.List.of(
                "home",
                "usage",
                "subscription",
                "invoices",
                "license",
                "keys",
                "providerKeys",
                "tokens",
                "users",
                "privacy")) {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(section)));
        }
        assertThat(session.accessibilityViolations()).as("signed in").isEmpty();

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("privacy")));
        assertThat(session.fitsWidth()).as("no sideways scrolling at 390 px").isTrue();
        session.screenshot("portal-phone");
        // The check sees what it should: an image without a text alternative is reported.
        session.script("document.body.appendChild(Object.assign(document.createElement('img'), {src: 'data:,'}))");
        assertThat(session.accessibilityViolations()).anyMatch(v -> v.startsWith("image-alt"));
    }

    /** The fetched answer's status, Content-Type and first four characters, on one line. */
    private String fetchHead(String href) {
        String[] answer = session.fetch(href).split("\n", 3);
        return answer[0] + " " + answer[1] + " "
                + (answer.length > 2 ? answer[2].substring(0, Math.min(4, answer[2].length())) : "");
    }

    private void signIn(Tenants.Opened tenant, String lang) {
        session.signInToPortal(tenant.slug(), tenant.adminEmail(), tenant.adminPassword(), lang);
    }
}
