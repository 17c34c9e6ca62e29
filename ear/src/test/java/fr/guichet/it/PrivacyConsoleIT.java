package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The console's privacy page in a real headless Chromium: a scheduled erasure seen, and called off with a reason. */
class PrivacyConsoleIT {

    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        browser = Browser.start();
        browser.signInAsOperator();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @DisplayName("an operator sees a client's scheduled deletion and calls it off, not without a reason")
    void callOff() throws Exception {
        Tenants.Opened t = Tenants.open("priv-console");
        Api.Reply asked = Tenants.signIn(t).delete("/api/portal/account", Map.of("password", t.adminPassword()));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        try {
            browser.driver.findElement(By.linkText("Privacy")).click();
            browser.wait.until(ExpectedConditions.urlContains("/admin/privacy/erasures.xhtml"));
            browser.driver.get(Api.BASE + "/admin/privacy/erasures.xhtml?tenant=" + t.id());
            browser.wait.until(
                    ExpectedConditions.textToBe(By.id("erasuresForm:erasureTable:0:client"), "Tenant " + t.slug()));
            assertThat(browser.driver
                            .findElement(By.id("erasuresForm:erasureTable:0:status"))
                            .getText())
                    .isEqualTo("Scheduled");
            assertThat(browser.driver
                            .findElement(By.id("erasuresForm:erasureTable:0:reason"))
                            .getText())
                    .isEqualTo("The client asked for its deletion");
            browser.screenshot("console-erasures");
            browser.driver
                    .findElement(By.id("erasuresForm:erasureTable:0:callOff"))
                    .click();
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.id("callOffForm:confirmCallOff")))
                    .click();
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("callOffForm:callOffMessages"), "reason"));
            assertThat(Api.operator()
                            .get("/api/admin/privacy/erasures?tenantId=" + t.id())
                            .json()
                            .get("total")
                            .asInt())
                    .as("still scheduled")
                    .isEqualTo(1);
            browser.driver.findElement(By.id("callOffForm:callOffReason")).sendKeys("The client phoned: it stays");
            browser.driver.findElement(By.id("callOffForm:confirmCallOff")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".ui-growl"), "Erasure called off"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("erasuresForm:erasureTable"), "No erasure is scheduled"));
            assertThat(Api.operator()
                            .get("/api/admin/privacy/erasures?status=all&tenantId=" + t.id())
                            .json()
                            .at("/items/0/cancelledBy")
                            .asText())
                    .isEqualTo("operator:" + Api.OPERATOR_EMAIL);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("console-erasures-failed");
            throw e;
        }
    }
}
