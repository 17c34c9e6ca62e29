package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console's Dolibarr page in a real headless Chromium: settings saved (the key never shown back), the connection
 * tested, an invoice Dolibarr refused seen with Dolibarr's words and sent again with "Retry now", and the invoice page
 * showing Dolibarr's number.
 */
class DolibarrConsoleIT {

    private Browser browser;
    private DolibarrDouble dolibarr;

    @BeforeEach
    void start() throws Exception {
        Billing.companyReady();
        dolibarr = DolibarrDouble.start();
        browser = Browser.start();
        browser.signInAsOperator();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        DolibarrIT.disconnect();
        dolibarr.close();
    }

    @Test
    @DisplayName("an operator sets Dolibarr up, tests it, sees a refused invoice in words and sends it again")
    void setUpTestRetry() throws Exception {
        try {
            browser.driver.findElement(By.linkText("Dolibarr")).click();
            browser.wait.until(ExpectedConditions.urlContains("/admin/billing/dolibarr.xhtml"));
            type("settings:baseUrl", dolibarr.baseUrl());
            type("settings:apiKey", DolibarrDouble.KEY);
            type("settings:bankAccountId", "1");
            type("settings:modes:0:mode", "2");
            type("settings:modes:1:mode", "abc");
            browser.driver.findElement(By.id("settings:save")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("settings:settingsMessages"), "payment mode id is a number"));
            type("settings:modes:1:mode", "6");
            type("settings:apiKey", DolibarrDouble.KEY); // a password field is emptied when the form comes back
            browser.driver.findElement(By.id("settings:save")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("settings:settingsMessages"), "Dolibarr settings saved"));
            assertThat(browser.driver.getPageSource()).doesNotContain(DolibarrDouble.KEY);
            assertThat(Api.operator()
                            .get(DolibarrIT.SETTINGS)
                            .json()
                            .at("/paymentModes/card")
                            .asInt())
                    .isEqualTo(6);

            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.id("settings:test")))
                    .click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("settings:version"), "Connected to Dolibarr " + DolibarrDouble.VERSION));

            Tenants.Opened t = Billing.frenchBusiness("erp-console", "fr");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !dolibarr.thirdParties(t.id()).isEmpty());
            dolibarr.failNext("POST", "/invoices", 400, "Bad Request: Field 'date_lim_reglement' is not valid");
            String invoice = Billing.id(Billing.draft(t.id(), List.of(Billing.line("Abonnement", "1", "10.00"))));
            Billing.issue(invoice);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Api.operator()
                            .get(DolibarrIT.SETTINGS + "/tasks?tenantId=" + t.id())
                            .json()
                            .at("/items/0/status")
                            .asText()
                            .equals("failed"));

            browser.driver.get(Api.BASE + "/admin/billing/dolibarr.xhtml?tenant=" + t.id());
            browser.wait.until(ExpectedConditions.textToBe(By.id("tasksForm:taskTable:0:status"), "Stopped"));
            assertThat(text("tasksForm:taskTable:0:subject")).matches("Invoice INV-\\d{4}-\\d{6}");
            assertThat(text("tasksForm:taskTable:0:error")).contains("date_lim_reglement");
            browser.screenshot("console-dolibarr");
            browser.driver.findElement(By.id("tasksForm:taskTable:0:retry")).click();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> dolibarr.allInvoices().stream()
                            .anyMatch(i -> i.path("statut").asText().equals("1")
                                    && i.path("ref_ext").asText().startsWith("INV-")));

            browser.driver.get(Api.BASE + "/admin/billing/dolibarr.xhtml");
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.id("reconcileForm:reconcile")))
                    .click();
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("reconcileForm:last"), "invoices"));
            assertThat(text("reconcileForm:last"))
                    .matches("\\d{4}-\\d{2}, checked .*: \\d+ invoices, \\d+ payments," + " \\d+ differences\\.");

            browser.driver.get(Api.BASE + "/admin/billing/client.xhtml?tenant=" + t.id());
            browser.wait.until(ExpectedConditions.textMatches(
                    By.id("client:clientDolibarr"), java.util.regex.Pattern.compile("Dolibarr: third party \\d+")));

            browser.driver.get(Api.BASE + "/admin/billing/invoice.xhtml?id=" + invoice);
            browser.wait.until(ExpectedConditions.textMatches(
                    By.id("invoice:dolibarr"), java.util.regex.Pattern.compile("FA\\d{4}-\\d{4} \\(id \\d+\\)")));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("console-dolibarr-failed");
            throw e;
        }
    }

    private void type(String id, String value) {
        WebElement field = browser.wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(value);
    }

    private String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }
}
