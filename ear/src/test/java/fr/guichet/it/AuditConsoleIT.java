package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's audit log and blocked addresses in headless Chromium: the log filtered by client, action and period
 * (a slug that names no client, or a period that ends before it starts, is said in words); a blocked address lifted
 * with a reason, which the log then shows.
 */
class AuditConsoleIT {

    private static final String BLOCKED = "127.0.0.41";

    private Browser session;
    private WebDriver browser;
    private WebDriverWait wait;

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
    @DisplayName("the audit log shows one client's lines when filtered by its slug, and says when a slug or a period"
            + " cannot be right")
    void filters() throws Exception {
        Tenants.Opened t = Tenants.open("audited");
        Api.Reply moved = Api.operator()
                .patch(
                        "/api/admin/tenants/" + t.id(),
                        Map.of("status", "suspended", "statusReason", "Audit console check " + t.slug()));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        session.signInAsOperator();
        browser.get(Api.BASE + "/admin/audit/log.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auditFilter:client")));
        browser.findElement(By.id("auditFilter:client")).sendKeys(t.slug());
        WebElement before = browser.findElement(By.id("auditFilter:log_data"));
        session.click("auditFilter:search");
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("auditFilter:log:0:client"), "Tenant " + t.slug()));
        List<WebElement> rows = browser.findElements(By.cssSelector("[id='auditFilter:log_data'] > tr"));
        assertThat(rows).isNotEmpty();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(browser.findElement(By.id("auditFilter:log:" + i + ":client"))
                            .getText())
                    .as("every line is about the client")
                    .isEqualTo("Tenant " + t.slug());
        }
        assertThat(browser.findElement(By.id("auditFilter:log_data")).getText()).contains("tenant.status.changed");
        session.screenshot("audit-log");

        browser.findElement(By.id("auditFilter:client")).clear();
        browser.findElement(By.id("auditFilter:client")).sendKeys("no-such-" + t.slug());
        session.click("auditFilter:search");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("auditFilter:filterMessages"), "No client has the slug no-such-" + t.slug()));

        browser.findElement(By.id("auditFilter:client")).clear();
        session.script(
                "PF('auditFrom').setDate(new Date(2026, 10, 10)); PF('auditTo').setDate(new Date(2026, 10, 1));");
        session.click("auditFilter:search");
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("auditFilter"), "must be on or after from"));
        } catch (RuntimeException e) {
            session.screenshot("audit-period");
            throw new AssertionError(browser.findElement(By.id("auditFilter")).getText(), e);
        }
    }

    @Test
    @DisplayName("a blocked address is listed; lifting it asks for a reason, lets the address in again, and the audit"
            + " log has the reason")
    void liftABlock() throws Exception {
        Api.operator().post("/api/admin/address-blocks/" + BLOCKED + "/lift", Map.of("reason", "test set-up"));
        String wrong = "gk_live_" + "B".repeat(40);
        for (int i = 0; i < 40; i++) {
            RawHttp.getFrom(BLOCKED, "/v1/models", wrong);
        }
        assertThat(RawHttp.getFrom(BLOCKED, "/v1/models", wrong).status()).isEqualTo(429);

        session.signInAsOperator();
        browser.get(Api.BASE + "/admin/limits/blocks.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("blocksForm:blocks_data"), BLOCKED));
        String index = session.rowWith("blocksForm:blocks", BLOCKED);
        session.click("blocksForm:blocks:" + index + ":lift");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("liftForm:confirmLift")));
        assertThat(browser.findElement(By.id("liftQuestion")).getText()).contains(BLOCKED);
        session.click("liftForm:confirmLift");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("liftForm"), "The reason"));
        assertThat(RawHttp.getFrom(BLOCKED, "/v1/models", wrong).status())
                .as("still blocked without a reason")
                .isEqualTo(429);
        browser.findElement(By.id("liftForm:reason")).sendKeys("Office NAT, fixed client");
        session.click("liftForm:confirmLift");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("liftForm:confirmLift")));
        wait.until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("blocksForm:blocks_data"), BLOCKED)));
        assertThat(RawHttp.getFrom(BLOCKED, "/v1/models", wrong).status())
                .as("the address is let in again")
                .isEqualTo(401);

        browser.get(Api.BASE + "/admin/audit/log.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auditFilter:actor")));
        session.script("PF('auditAction').selectValue(arguments[0])", "address.unblocked");
        browser.findElement(By.id("auditFilter:actor")).sendKeys("operator:");
        WebElement unfiltered = browser.findElement(By.id("auditFilter:log_data"));
        session.click("auditFilter:search");
        wait.until(ExpectedConditions.stalenessOf(unfiltered));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("auditFilter:log:0:reason"), "Office NAT, fixed client"));
        assertThat(browser.findElement(By.id("auditFilter:log:0:subject")).getText())
                .isEqualTo("address:" + BLOCKED);
    }
}
