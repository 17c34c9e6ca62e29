package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The portal's home, usage, API keys, invoices, users and provider keys in a real headless Chromium, as a client's
 * administrator reads them: the month's use against the quota, the usage tables and their CSV, a key created (shown
 * once, it works) and revoked after a confirmation (it no longer works); the same pages in French; the whole portal
 * checked for accessibility and a phone's width.
 */
class PortalPagesIT extends PortalPageTest {

    private static ChatFixture fixture;

    @BeforeAll
    static void setUp() {
        fixture = ChatFixture.install();
    }

    @AfterAll
    static void tearDown() {
        fixture.close();
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
        assertThat(browser.findElement(By.id("requestsTotal")).getText())
                .as("since it became a client")
                .isEqualTo("2");
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
}
