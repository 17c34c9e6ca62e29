package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The usage explorer in headless Chromium: a client's calls of today found by its slug, and the same row in the CSV
 * download (fetched with the operator's session); an unknown slug and a period over a year are said in words.
 */
class ExplorerConsoleIT {

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
    @DisplayName("a client's calls of today, filtered by its slug, on the page and in the CSV; then by one of its keys"
            + " and by provider")
    void explore() throws Exception {
        LimitsIT.Opened t = LimitsIT.onPlan(Map.of("requestsPerMinute", 1000));
        for (int i = 0; i < 2; i++) {
            assertThat(t.chat().status()).isEqualTo(200);
        }
        long tokens =
                UsageIT.assertClientRowMatchesReport(t.tenant()).get("tokens").asLong();

        session.signInAsOperator();
        browser.get(Api.BASE + "/admin/metering/explorer.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("explorer:client")));
        browser.findElement(By.id("explorer:client")).sendKeys(t.tenant().slug());
        WebElement before = browser.findElement(By.id("explorer:rows_data"));
        session.click("explorer:search");
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.textToBe(
                By.id("explorer:rows:0:client"), "Tenant " + t.tenant().slug()));
        assertThat(browser.findElements(By.cssSelector("[id='explorer:rows_data'] > tr")))
                .hasSize(1);
        assertThat(browser.findElement(By.id("explorer:rows:0:served")).getText())
                .isEqualTo("2");
        assertThat(browser.findElement(By.id("explorer:rows:0:tokens"))
                        .getText()
                        .replaceAll("[^0-9]", ""))
                .isEqualTo(Long.toString(tokens));
        session.screenshot("explorer");

        String href = browser.findElement(By.id("explorer:csv")).getAttribute("href");
        assertThat(href).contains("client=" + t.tenant().slug());
        String[] lines = session.fetch(href).split("\r?\n");
        assertThat(lines[0]).isEqualTo("200");
        assertThat(lines[1]).startsWith("text/csv");
        assertThat(lines[2]).startsWith("day,client_id,client,model,provider,api_key_id,served,");
        assertThat(lines).hasSize(4);
        assertThat(lines[3])
                .contains("," + t.tenant().id() + ",Tenant " + t.tenant().slug() + ",")
                .contains("," + t.key().id() + ",2,0,0,");

        // A second key of the client calls once: the key filter tells the two apart, the provider filter too.
        ApiKeys.Created second = ApiKeys.create(t.tenant().id(), Map.of("name", "second key"));
        LimitsIT.Opened other = new LimitsIT.Opened(t.tenant(), t.planId(), second);
        assertThat(other.chat().status()).isEqualTo(200);
        session.click("explorer:search");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id='explorer:rows_data'] > tr"), 2));
        String row = session.rowWith("explorer:rows", "second key");
        assertThat(browser.findElement(By.id("explorer:rows:" + row + ":served"))
                        .getText())
                .isEqualTo("1");
        assertThat(browser.findElement(By.id("explorer:rows:" + row + ":key")).getText())
                .as("the key by its name and masked secret, never whole")
                .startsWith("second key (")
                .doesNotContain(second.secret());
        session.script("var m = PF('explorerKey'); m.selectValue(arguments[0]);", second.id());
        session.click("explorer:search");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id='explorer:rows_data'] > tr"), 1));
        assertThat(browser.findElement(By.id("explorer:rows:0:key")).getText()).startsWith("second key (");
        assertThat(browser.findElement(By.id("explorer:csv")).getAttribute("href"))
                .contains("apiKeyId=" + second.id());

        String provider = browser.findElement(By.id("explorer:rows:0:provider")).getText();
        Object otherProvider = session.script(
                "var o = Array.from(document.querySelectorAll(\"[id='explorer:provider_input'] option\"));"
                        + " return o.filter(x => x.value && x.text !== arguments[0]).map(x => x.value)[0];",
                provider);
        Object sameProvider = session.script(
                "var o = Array.from(document.querySelectorAll(\"[id='explorer:provider_input'] option\"));"
                        + " return o.filter(x => x.text === arguments[0]).map(x => x.value)[0];",
                provider);
        assertThat(sameProvider).as("the provider that served is in the menu").isNotNull();
        session.script("PF('explorerProvider').selectValue(arguments[0]);", otherProvider);
        session.click("explorer:search");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("explorer:rows_data"), "No call in this period for these criteria."));
        session.script("PF('explorerProvider').selectValue(arguments[0]);", sameProvider);
        session.click("explorer:search");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("explorer:rows:0:served")));
        assertThat(browser.findElement(By.id("explorer:rows:0:served")).getText())
                .isEqualTo("1");

        browser.findElement(By.id("explorer:client")).clear();
        browser.findElement(By.id("explorer:client"))
                .sendKeys("no-such-" + t.tenant().slug());
        session.click("explorer:search");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("explorer:explorerMessages"), "No client has the slug no-such-"));

        browser.findElement(By.id("explorer:client")).clear();
        session.script(
                "PF('explorerFrom').setDate(new Date(2024, 0, 1)); PF('explorerTo').setDate(new Date(2026, 0, 1));");
        session.click("explorer:search");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("explorer"), "must make a period of at most 366 days"));
    }
}
