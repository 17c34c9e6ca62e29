package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
 * A real headless Chromium (Debian's chromium and chromium-driver) for the console tests. On CI the browser must
 * be there (.ci/run installs it); elsewhere the test is skipped with a message when it is missing.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    final WebDriver driver;
    final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // AJAX updates replace elements while a condition reads them: try again rather than fail.
        wait.ignoring(StaleElementReferenceException.class);
    }

    static Browser start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (System.getenv("CI") != null) {
            assertThat(installed)
                    .as("CI must have chromium and chromium-driver installed (.ci/run does it)")
                    .isTrue();
        }
        assumeTrue(
                installed, "chromium and chromium-driver are not installed: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("guichet-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Signs the test operator in to the console and waits for the landing page. */
    void signInAsOperator() {
        driver.get(Api.BASE + "/admin/login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
        driver.findElement(By.id("login:email")).sendKeys(Api.OPERATOR_EMAIL);
        driver.findElement(By.id("login:password")).sendKeys(Api.OPERATOR_PASSWORD);
        driver.findElement(By.id("login:signIn")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/admin/login.xhtml")));
    }

    /** Signs a client's user in at their portal's address ({@code /portal/{slug}/}) and waits for the profile. */
    void signInToPortal(String slug, String email, String password, String lang) {
        driver.get(Api.BASE + "/portal/" + slug + "/?lang=" + lang);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email")));
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signInButton")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile")));
    }

    /**
     * Fetches {@code href} from the page, with its cookies, as a link or a download would: the answer's status,
     * Content-Type and body, one per line.
     */
    String fetch(String href) {
        return ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.text().then(t => done(r.status + '\\n'"
                                + " + r.headers.get('Content-Type') + '\\n' + t)));",
                        href)
                .toString();
    }

    /**
     * What axe-core finds against WCAG 2.1 A and AA in the page as it stands: one line per broken rule, with its
     * impact and the first elements that break it. Empty: nothing found.
     */
    java.util.List<String> accessibilityViolations() {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        return results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                        + rule.getNodes().stream()
                                .limit(3)
                                .map(node -> String.valueOf(node.getTarget()))
                                .toList())
                .toList();
    }

    /** Whether the page fits the window's width (no sideways scrolling), as a phone would show it. */
    boolean fitsWidth() {
        return (Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth");
    }

    /** Clicks the element once it can be clicked, scrolled to the middle of the window (clear of the top bar). */
    void click(String id) {
        click(By.id(id));
    }

    /** Clicks the element found by {@code by}, as {@link #click(String)} does. */
    void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Replaces what the input holds by {@code value}, as typed. */
    void type(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    /** The index (PrimeFaces' data-ri) of the data table's row whose text contains {@code text}. */
    String rowWith(String table, String text) {
        for (WebElement tr : driver.findElements(By.cssSelector("[id='" + table + "_data'] > tr"))) {
            if (tr.getText().contains(text)) {
                return tr.getAttribute("data-ri");
            }
        }
        throw new AssertionError(text + " is not in " + table);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    void screenshot(String name) throws Exception {
        File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
