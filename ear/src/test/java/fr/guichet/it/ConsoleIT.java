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
            "an operator opens a tenant in the dialog, is shown the admin's one-time link once, finds the tenant in the"
                    + " list; the admin chooses a password through the link and signs in to the portal")
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
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("usage-tokens")));
        assertThat(browser.getCurrentUrl())
                .as("signing in lands on the dashboard")
                .endsWith("/admin/");
        assertThat(browser.findElement(By.id("operatorName")).getText())
                .as("the top bar says who is signed in")
                .contains(Api.OPERATOR_EMAIL);
        browser.get(Api.BASE + "/admin/tenants/list.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tenantsForm:tenantTable")));

        String slug = Api.unique("console");
        browser.findElement(By.id("tenantsForm:newTenant")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("createForm:tenantName")));
        browser.findElement(By.id("createForm:tenantName")).sendKeys("Console " + slug);
        browser.findElement(By.id("createForm:tenantSlug")).sendKeys(slug);
        browser.findElement(By.id("createForm:tenantEmail")).sendKeys("it@" + slug + ".example");
        browser.findElement(By.id("createForm:createTenant")).click();

        WebElement shown = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("setPasswordLink")));
        String link = shown.getText().strip();
        assertThat(link).startsWith(Api.BASE + "/portal/" + slug + "/password?lang=fr#token=");
        screenshot("console-password-link");
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

        // What the console showed is real: the admin opens the link, chooses a password, and signs in with it.
        browser.get(link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newPassword")));
        assertThat(browser.getCurrentUrl()).doesNotContain("token");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Choisir votre mot de passe");
        browser.findElement(By.id("newPassword")).sendKeys("short");
        browser.findElement(By.id("confirmPassword")).sendKeys("short");
        browser.findElement(By.id("choose")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "au moins 12 caractères"));
        String chosen = "une phrase de passe " + slug;
        browser.findElement(By.id("newPassword")).clear();
        browser.findElement(By.id("newPassword")).sendKeys(chosen);
        browser.findElement(By.id("confirmPassword")).clear();
        browser.findElement(By.id("confirmPassword")).sendKeys(chosen);
        browser.findElement(By.id("choose")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "it@" + slug + ".example"));
        screenshot("portal-password-chosen");
        browser.findElement(By.id("signIn")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo("it@" + slug + ".example");
        browser.findElement(By.id("password")).sendKeys("not the password");
        browser.findElement(By.id("signInButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signInResult"), "incorrect"));
        browser.findElement(By.id("password")).sendKeys(chosen);
        browser.findElement(By.id("signInButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profileTenant"), "Console " + slug));
        screenshot("portal-signed-in");

        // The link worked once.
        browser.get(link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newPassword")));
        browser.findElement(By.id("newPassword")).sendKeys("another long password");
        browser.findElement(By.id("confirmPassword")).sendKeys("another long password");
        browser.findElement(By.id("choose")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "a expiré ou a déjà servi"));
        assertThat(Api.anonymous()
                        .post(
                                "/api/portal/login",
                                Map.of("tenant", slug, "email", "it@" + slug + ".example", "password", chosen))
                        .status())
                .isEqualTo(200);
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
