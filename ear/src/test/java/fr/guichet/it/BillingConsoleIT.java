package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The console's billing pages in a real headless Chromium: the company settings, one invoice's life, the tiles. */
class BillingConsoleIT {

    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        Billing.companyReady();
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
    @DisplayName("the company page refuses a wrong SIREN in words, then saves a right one with nothing missing")
    void companySettings() throws Exception {
        try {
            browser.driver.findElement(By.linkText("Company")).click();
            browser.wait.until(ExpectedConditions.urlContains("/admin/billing/company.xhtml"));
            WebElement siren =
                    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("company:siren")));
            assertThat(siren.getAttribute("value")).isEqualTo("443061841");
            siren.clear();
            siren.sendKeys("443061842");
            browser.driver.findElement(By.id("company:save")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("company:companyMessages"), "siren: is not a valid SIREN"));
            assertThat(Billing.OPERATOR
                            .get("/api/admin/billing/company")
                            .json()
                            .at("/terms/siren")
                            .asText())
                    .as("nothing saved")
                    .isEqualTo("443061841");
            siren = browser.driver.findElement(By.id("company:siren"));
            siren.clear();
            siren.sendKeys("443 061 841");
            browser.driver.findElement(By.id("company:save")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("company:companyMessages"), "Company saved"));
            assertThat(browser.driver.findElements(By.id("company:missing"))).isEmpty();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("billing-company-failed");
            throw e;
        }
    }

    @Test
    @DisplayName("an operator finds a draft, issues it after confirming, records a payment and credits part of it")
    void invoiceLife() throws Exception {
        Tenants.Opened t = Billing.frenchBusiness("bill-console", "fr");
        JsonNode draft = Billing.draft(t.id(), List.of(Billing.line("Abonnement Pro", "1", "100.00")));
        String id = Billing.id(draft);
        try {
            browser.driver.findElement(By.linkText("Invoices")).click();
            browser.wait.until(ExpectedConditions.urlContains("/admin/billing/invoices.xhtml"));
            browser.script("PF('filterInvoiceStatus').selectValue('draft')");
            browser.driver.findElement(By.id("invoicesForm:search")).click();
            // The search replaces the table: read and follow the link once it stands still.
            String shown = browser.wait.until(d -> {
                WebElement link = d.findElement(By.cssSelector("a[href*='id=" + id + "']"));
                String text = link.getText();
                link.click();
                return text;
            });
            assertThat(shown).isEqualTo("Draft");
            browser.wait.until(ExpectedConditions.textToBe(By.id("invoice:status"), "Draft"));
            assertThat(browser.driver.findElement(By.id("invoice:totalTtc")).getText())
                    .isEqualTo("120.00 €");

            browser.driver.findElement(By.id("invoice:issue")).click();
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.id("issueForm:confirmIssue")))
                    .click();
            browser.wait.until(ExpectedConditions.textToBe(By.id("invoice:status"), "Issued"));
            String number = browser.driver.findElement(By.id("invoice:number")).getText();
            assertThat(number).matches("INV-\\d{4}-\\d{6}");

            browser.driver.findElement(By.id("invoice:pay")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payForm:reference")));
            browser.script("PF('payAmount').setValue(50)");
            browser.driver.findElement(By.id("payForm:reference")).sendKeys("VIR-CONSOLE");
            browser.driver.findElement(By.id("payForm:confirmPay")).click();
            browser.wait.until(ExpectedConditions.textToBe(By.id("invoice:balance"), "70.00 €"));
            assertThat(browser.driver.findElement(By.id("invoice:status")).getText())
                    .isEqualTo("Partially paid");

            browser.driver.findElement(By.id("invoice:credit")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("creditForm:reason")));
            browser.script("PF('creditAmount').setValue(10)");
            browser.driver.findElement(By.id("creditForm:confirmCredit")).click();
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("creditForm:creditMessages"), "reason"));
            browser.driver.findElement(By.id("creditForm:reason")).sendKeys("Geste commercial");
            browser.driver.findElement(By.id("creditForm:confirmCredit")).click();
            browser.wait.until(ExpectedConditions.textToBe(By.id("invoice:balance"), "58.00 €"));
            assertThat(browser.driver
                            .findElement(By.id("invoice:creditNotes:0:number"))
                            .getText())
                    .matches("AV-\\d{4}-\\d{6}");
            browser.screenshot("billing-invoice");

            JsonNode stored =
                    Billing.OPERATOR.get("/api/admin/billing/invoices/" + id).json();
            assertThat(stored.at("/summary/number").asText()).isEqualTo(number);
            assertThat(stored.at("/payments/0/reference").asText()).isEqualTo("VIR-CONSOLE");
            assertThat(stored.get("credited").decimalValue()).isEqualByComparingTo("12.00");

            browser.driver.findElement(By.linkText("Dashboard")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("billing-collected")));
            assertThat(browser.driver.findElement(By.id("billing-collected")).getText())
                    .matches("\\d+\\.\\d{2} €");
            assertThat(browser.driver.findElement(By.id("billing-overdue")).getText())
                    .matches("\\d+");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("billing-invoice-failed");
            throw e;
        }
    }

    @Test
    @DisplayName(
            "from the tenant list, an operator sets a client's billing identity, subscribes it and cancels at period end")
    void clientBilling() throws Exception {
        Tenants.Opened t = Tenants.open("bill-client");
        String plan = PlansIT.createPlan(
                        Billing.OPERATOR,
                        java.util.Map.of("name", "Console Pro " + Api.unique("p"), "monthlyPriceEur", 49))
                .get("id")
                .asText();
        try {
            browser.driver.get(Api.BASE + "/admin/billing/client.xhtml?tenant=" + t.id());
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("client:noSubscription")));
            browser.driver.findElement(By.id("client:legalName")).sendKeys("Client Console SAS");
            browser.driver.findElement(By.id("client:siren")).sendKeys("732829321");
            browser.driver.findElement(By.id("client:saveIdentity")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("client:clientMessages"), "billing.siren"));
            WebElement siren = browser.driver.findElement(By.id("client:siren"));
            siren.clear();
            siren.sendKeys("732829320");
            browser.driver.findElement(By.id("client:addressLine1")).sendKeys("3 quai du Rhône");
            browser.driver.findElement(By.id("client:postalCode")).sendKeys("69007");
            browser.driver.findElement(By.id("client:city")).sendKeys("Lyon");
            browser.driver.findElement(By.id("client:country")).sendKeys("FR");
            browser.driver.findElement(By.id("client:saveIdentity")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("client:clientMessages"), "Billing identity saved"));

            browser.script("PF('clientPlan').selectValue(arguments[0])", plan);
            browser.driver.findElement(By.id("client:subscribe")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("client:subPlan")));
            assertThat(browser.driver.findElement(By.id("client:subPrice")).getText())
                    .startsWith("49.00 €");
            browser.driver.findElement(By.id("client:cancel")).click();
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.id("cancelForm:confirmCancel")))
                    .click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("client:resume")));

            JsonNode tenant =
                    Billing.OPERATOR.get("/api/admin/tenants/" + t.id()).json();
            assertThat(tenant.at("/billing/legalName").asText()).isEqualTo("Client Console SAS");
            assertThat(tenant.at("/billing/siren").asText()).isEqualTo("732829320");
            JsonNode subscription = Billing.OPERATOR
                    .get("/api/admin/billing/subscriptions/" + t.id())
                    .json();
            assertThat(subscription.get("planId").asText()).isEqualTo(plan);
            assertThat(subscription.get("cancelAtPeriodEnd").asBoolean()).isTrue();
            assertThat(subscription.get("status").asText())
                    .as("access until the period's end")
                    .isEqualTo("active");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("billing-client-failed");
            throw e;
        }
    }
}
