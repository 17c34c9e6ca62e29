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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard as an operator reads it in headless Chromium: this month's usage with a client's calls in it, the
 * charts drawn, the client found in the usage table by its slug with its figures, opened with a click; and the table
 * still readable at 1024 px.
 */
class DashboardConsoleIT {

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
    @DisplayName("a client's calls show in the month's tokens and in its row of the usage table, which opens its page;"
            + " the five charts are drawn; at 1024 px the row still shows the client's name and figures")
    void usageOnTheDashboard() throws Exception {
        LimitsIT.Opened t = LimitsIT.onPlan(Map.of("requestsPerMinute", 1000, "tokensPerMonth", 1_000_000));
        for (int i = 0; i < 2; i++) {
            assertThat(t.chat().status()).isEqualTo(200);
        }
        JsonNode row = UsageIT.assertClientRowMatchesReport(t.tenant());
        long tokens = row.get("tokens").asLong();
        assertThat(tokens).isPositive();

        LimitsIT.Opened full = LimitsIT.onPlan(Map.of("requestsPerMonth", 1, "requestsPerMinute", 1000));
        assertThat(full.chat().status()).isEqualTo(200);

        session.signInAsOperator();
        browser.get(Api.BASE + "/admin/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("usage-tokens")));
        long shown = Long.parseLong(
                browser.findElement(By.id("usage-tokens")).getText().replaceAll("[^0-9]", ""));
        assertThat(shown).as("the month's tokens include this client's").isGreaterThanOrEqualTo(tokens);
        assertThat(browser.findElement(By.id("usage-cost")).getText()).endsWith("€");
        for (String chart :
                new String[] {"chart-tokens", "chart-cost", "chart-top", "chart-models", "chart-providers"}) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
            Object drawn = session.script(
                    "var c = document.querySelector('#' + arguments[0] + ' canvas'); return c.width > 0 && c.height > 0;",
                    chart);
            assertThat(drawn).as(chart + " drawn").isEqualTo(Boolean.TRUE);
        }

        assertThat(browser.findElement(By.id("publicAddressWarning")).getText())
                .as("the test servers' public address is localhost: the console says so")
                .contains("GUICHET_PUBLIC_URL")
                .contains("GUICHET_LICENSING_ACTIVATION_URL");
        String nearQuota = browser.findElement(By.id("attention-near-quota")).getText();
        assertThat(nearQuota)
                .as("a client at 100 % of its requests is at the top")
                .contains("% used this month");
        java.util.regex.Matcher share =
                java.util.regex.Pattern.compile("([0-9.]+) % used").matcher(nearQuota);
        assertThat(share.find()).isTrue();
        assertThat(new java.math.BigDecimal(share.group(1))).isGreaterThanOrEqualTo(new java.math.BigDecimal("100"));
        session.screenshot("dashboard-top");
        findClient(t.tenant().slug());
        assertThat(browser.findElement(By.id("usageForm:clients:0:open")).getText())
                .isEqualTo("Tenant " + t.tenant().slug());
        assertThat(browser.findElement(By.id("usageForm:clients_data")).getText())
                .as("tokens and requests in the row")
                .contains(String.format(java.util.Locale.ENGLISH, "%,d", tokens))
                .contains("2");
        session.screenshot("dashboard-usage");

        browser.manage().window().setSize(new Dimension(1024, 768));
        browser.get(Api.BASE + "/admin/");
        findClient(t.tenant().slug());
        assertThat(browser.findElement(By.id("usageForm:clients:0:open"))
                        .getSize()
                        .getWidth())
                .as("the client's name stays readable at 1024 px")
                .isGreaterThan(60);
        session.screenshot("dashboard-usage-1024");

        browser.findElement(By.id("usageForm:clients:0:open")).click();
        wait.until(ExpectedConditions.urlContains(
                "tenants/client.xhtml?id=" + t.tenant().id()));
        assertThat(browser.findElement(By.id("clientSlug")).getText())
                .isEqualTo(t.tenant().slug());
    }

    @Test
    @DisplayName("a client at 100 % of its requests: the dashboard's card opens the alerts page on its kind with the"
            + " same count, the tabs switch kinds, and the raised alerts filtered on 'Quota reached' show this client's"
            + " alert first, whose link opens its page")
    void alertsPage() throws Exception {
        LimitsIT.Opened full = LimitsIT.onPlan(Map.of("requestsPerMonth", 1, "requestsPerMinute", 1000));
        assertThat(full.chat().status()).isEqualTo(200);
        assertThat(Api.operator()
                        .get("/api/admin/alerts?tenantId=" + full.tenant().id() + "&kind=quota_100")
                        .json()
                        .get("total")
                        .asLong())
                .as("the call raised the 100 % alert")
                .isEqualTo(1);

        session.signInAsOperator();
        browser.get(Api.BASE + "/admin/");
        By card = By.cssSelector("#attention-near-quota .attention-count");
        wait.until(ExpectedConditions.visibilityOfElementLocated(card));
        String count = browser.findElement(card).getText();
        assertThat(Long.parseLong(count)).isPositive();
        session.click(By.cssSelector("#attention-near-quota a.attention-title"));
        wait.until(ExpectedConditions.urlContains("console/alerts.xhtml?kind=near-quota"));
        assertThat(browser.findElement(By.id("alert-count-near-quota")).getText())
                .isEqualTo(count);
        assertThat(browser.findElement(By.cssSelector(".alert-tab-current")).getText())
                .contains("Clients at 80 % of a quota or more");
        assertThat(browser.findElement(By.id("linesForm:lines_data")).getText()).contains("% used this month");
        session.screenshot("alerts-near-quota");

        session.click(By.id("alert-tab-idle"));
        wait.until(ExpectedConditions.urlContains("kind=idle"));
        assertThat(browser.findElement(By.cssSelector("h2.section-title")).getText())
                .isEqualTo("Clients without a call for 7 days");

        org.openqa.selenium.WebElement before = browser.findElement(By.id("raisedForm:raised_data"));
        session.script("var menu = PF('raisedKind'); menu.selectValue('quota_100'); menu.triggerChange();");
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.textToBe(
                By.id("raisedForm:raised:0:client"), "Tenant " + full.tenant().slug()));
        assertThat(browser.findElement(By.id("raisedForm:raised:0:kind")).getText())
                .isEqualTo("Quota reached");
        assertThat(browser.findElements(By.cssSelector("[id='raisedForm:raised_data'] [id$=':kind']")))
                .as("only the kind chosen")
                .allSatisfy(k -> assertThat(k.getText()).isEqualTo("Quota reached"));
        session.screenshot("alerts-raised");
        session.click("raisedForm:raised:0:client");
        wait.until(ExpectedConditions.urlContains(
                "tenants/client.xhtml?id=" + full.tenant().id()));
    }

    /** Types the slug into the client filter and waits for its single row. */
    private void findClient(String slug) {
        By filter = By.cssSelector("[id='usageForm:clients:name:filter']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(filter));
        browser.findElement(filter).sendKeys(slug);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id='usageForm:clients_data'] > tr"), 1));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("usageForm:clients:0:open"), slug));
    }
}
