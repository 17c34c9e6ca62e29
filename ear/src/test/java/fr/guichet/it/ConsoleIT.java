package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The operator console in a real headless Chromium ({@link Browser}): sign in, open a tenant, see it in the
 * list.
 */
class ConsoleIT {

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
    @DisplayName(
            "an operator signs in, opens a tenant in the dialog, is shown its admin password once, and finds it in the list")
    void createTenantThroughTheConsole() throws Exception {
        browser.get(Api.BASE + "/admin/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));

        browser.findElement(By.id("login:email")).sendKeys(Api.OPERATOR_EMAIL);
        browser.findElement(By.id("login:password")).sendKeys("wrong-password");
        browser.findElement(By.id("login:signIn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "Invalid"));

        browser.findElement(By.id("login:email")).clear();
        browser.findElement(By.id("login:email")).sendKeys(Api.OPERATOR_EMAIL);
        browser.findElement(By.id("login:password")).sendKeys(Api.OPERATOR_PASSWORD);
        browser.findElement(By.id("login:signIn")).click();
        wait.until(ExpectedConditions.urlContains("/admin/tenants/list.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tenantsForm:tenantTable")));

        String slug = Api.unique("console");
        browser.findElement(By.id("tenantsForm:newTenant")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("createForm:tenantName")));
        browser.findElement(By.id("createForm:tenantName")).sendKeys("Console " + slug);
        browser.findElement(By.id("createForm:tenantSlug")).sendKeys(slug);
        browser.findElement(By.id("createForm:tenantEmail")).sendKeys("it@" + slug + ".example");
        browser.findElement(By.id("createForm:createTenant")).click();

        WebElement password = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("initialPassword")));
        String shownPassword = password.getText().strip();
        assertThat(shownPassword).hasSizeGreaterThanOrEqualTo(16);
        screenshot("console-password");
        browser.findElement(By.id("passwordForm:passwordSaved")).click();

        By firstSlug = By.id("tenantsForm:tenantTable:0:slug");
        wait.until(ExpectedConditions.textToBe(firstSlug, slug));
        wait.until(ExpectedConditions.textToBe(By.id("tenantsForm:tenantTable:0:status"), "Trial"));

        WebElement tableBefore = browser.findElement(By.id("tenantsForm:tenantTable_data"));
        browser.findElement(By.id("tenantsForm:filterText")).sendKeys(slug);
        browser.findElement(By.id("tenantsForm:search")).click();
        wait.until(ExpectedConditions.stalenessOf(tableBefore));
        try {
            wait.until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("#tenantsForm\\:tenantTable_data tr:not(.ui-datatable-empty-message)"), 1));
        } catch (RuntimeException e) {
            screenshot("console-search-failed");
            throw e;
        }
        wait.until(ExpectedConditions.textToBe(firstSlug, slug));
        screenshot("console-list");

        // What the console showed is real: the tenant exists and its admin can sign in with the password shown.
        Api.Reply login = Api.anonymous()
                .post(
                        "/api/portal/login",
                        Map.of("tenant", slug, "email", "it@" + slug + ".example", "password", shownPassword));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
    }

    @Test
    @DisplayName("a tenant admin's credentials do not open the console, and pages require signing in")
    void nonOperatorsRefused() {
        Tenants.Opened t = Tenants.open("nocons");
        browser.get(Api.BASE + "/admin/tenants/list.xhtml");
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        browser.findElement(By.id("login:email")).sendKeys(t.adminEmail());
        browser.findElement(By.id("login:password")).sendKeys(t.adminPassword());
        browser.findElement(By.id("login:signIn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "Invalid"));
        assertThat(browser.getCurrentUrl()).contains("/admin/login.xhtml");
        browser.get(Api.BASE + "/admin/index.xhtml");
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
    }

    private void screenshot(String name) throws Exception {
        session.screenshot(name);
    }
}
