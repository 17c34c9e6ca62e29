package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator console in a real headless Chromium (Debian's chromium and chromium-driver): sign in, open a
 * tenant, see it in the list. On CI the browser must be there (.ci/run installs it); elsewhere the test is
 * skipped with a message when it is missing.
 */
class ConsoleIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (System.getenv("CI") != null) {
            assertThat(installed).as("CI must have chromium and chromium-driver installed (.ci/run does it)").isTrue();
        }
        assumeTrue(installed, "chromium and chromium-driver are not installed: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("guichet-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // AJAX updates replace elements while a condition reads them: try again rather than fail.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("an operator signs in, opens a tenant in the dialog, is shown its admin password once, and finds it in the list")
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
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#tenantsForm\\:tenantTable_data tr:not(.ui-datatable-empty-message)"), 1));
        } catch (RuntimeException e) {
            screenshot("console-search-failed");
            throw e;
        }
        wait.until(ExpectedConditions.textToBe(firstSlug, slug));
        screenshot("console-list");

        // What the console showed is real: the tenant exists and its admin can sign in with the password shown.
        Api.Reply login = Api.anonymous().post("/api/portal/login",
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
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
