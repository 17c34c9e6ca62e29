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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A client's page as an operator uses it in headless Chromium: its quota and usage as its calls left them, a key
 * revoked and another rotated through their confirmations, the client suspended with a reason, each act then in the
 * page's audit trail and in force on the API; and the console switched to French.
 */
class ClientConsoleIT {

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
    @DisplayName("the client's page shows its quota and usage; revoking and rotating keys and suspending the client"
            + " each ask first, take effect on the API, and are in the audit trail with the reason")
    void operatorActsOnAClient() throws Exception {
        LimitsIT.Opened t = LimitsIT.onPlan(Map.of("requestsPerMonth", 50, "requestsPerMinute", 1000));
        for (int i = 0; i < 3; i++) {
            assertThat(t.chat().status()).isEqualTo(200);
        }
        JsonNode row = UsageIT.assertClientRowMatchesReport(t.tenant());
        ApiKeys.Created second = ApiKeys.create(t.tenant().id());

        session.signInAsOperator();
        open(t.tenant().id());
        assertThat(text("clientSlug")).isEqualTo(t.tenant().slug());
        assertThat(text("statusForm:clientStatus")).isEqualTo("Trial");
        assertThat(text("quota-requests")).as("3 calls of 50 this month").isEqualTo("3 / 50");
        assertThat(text("history-served")).isEqualTo("3");
        assertThat(text("history-tokens").replaceAll("[^0-9]", ""))
                .as("the month's tokens as the usage table counts them")
                .isEqualTo(row.get("tokens").asText());
        for (String chart : new String[] {"chart-client-tokens", "chart-client-cost", "chart-client-models"}) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='" + chart + "'] canvas")));
        }
        assertThat(text("byKey"))
                .as("the calls under the key that made them")
                .contains(t.key().body().at("/key/name").asText());
        session.screenshot("client-page");

        // Revoke the first key: the dialog asks, "Keep it as it is" changes nothing, the confirmation revokes.
        int first = Integer.parseInt(
                session.rowWith("keysForm:keys", t.key().body().at("/key/name").asText()));
        session.click("keysForm:keys:" + first + ":revoke");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("keyForm:confirmKey")));
        assertThat(text("keyQuestion")).contains("Revoke the key");
        session.click("keyForm:keepKey");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("keyForm:confirmKey")));
        assertThat(t.chat().status()).as("not revoked until confirmed").isEqualTo(200);
        session.click("keysForm:keys:" + first + ":revoke");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("keyForm:confirmKey")));
        session.click("keyForm:confirmKey");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("keysForm:keys:" + first + ":keyStatus"), "Revoked"));
        assertThat(t.chat().status()).as("the revoked key is refused").isEqualTo(401);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:audit"), "api_key.revoked"));

        // Rotate the second key: the new secret is shown once and works on the API.
        session.click("keysForm:keys:"
                + session.rowWith("keysForm:keys", second.body().at("/key/name").asText()) + ":rotate");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("keyForm:confirmKey")));
        session.click("keyForm:confirmKey");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("keyForm:newSecret")));
        String secret = text("keyForm:newSecret");
        assertThat(secret).startsWith("gk_").isNotEqualTo(second.secret());
        assertThat(chat(secret).status()).as("the new key works").isEqualTo(200);
        session.click("keyForm:keyDone");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("keyForm:newSecret")));
        assertThat(text("auditForm:audit")).contains("api_key.rotated");

        // Suspend the client: a reason is required, then the status, the API and the audit trail say so.
        session.script("PF('clientTarget').selectValue(arguments[0])", "suspended");
        session.click("statusForm:changeStatus");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clientStatusForm:confirmStatus")));
        assertThat(text("clientStatusForm")).contains("stop working at once");
        session.click("clientStatusForm:confirmStatus");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("clientStatusForm"), "is required to suspend or cancel a client"));
        assertThat(text("statusForm:clientStatus"))
                .as("nothing changed without a reason")
                .isEqualTo("Trial");
        browser.findElement(By.id("clientStatusForm:reason")).sendKeys("Unpaid since March, asked by finance");
        session.click("clientStatusForm:confirmStatus");
        wait.until(ExpectedConditions.textToBe(By.id("statusForm:clientStatus"), "Suspended"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("auditForm:audit"), "Unpaid since March, asked by finance"));
        assertThat(text("auditForm:audit:0:auditAction")).isEqualTo("tenant.status.changed");
        assertThat(text("auditForm:audit:0:auditActor")).isEqualTo("operator:" + Api.OPERATOR_EMAIL);
        assertThat(chat(secret).status())
                .as("a suspended client's keys are refused")
                .isEqualTo(403);
        session.screenshot("client-suspended");

        open(t.tenant().id());
        assertThat(text("statusForm:clientStatus")).as("kept after a reload").isEqualTo("Suspended");
    }

    @Test
    @DisplayName("the console switches to French and stays in it, sign-in page included: menu, statuses, figures and"
            + " dates in French; back to English the same way")
    void inFrench() throws Exception {
        Tenants.Opened t = Tenants.open("french");
        session.signInAsOperator();
        open(t.id());
        assertThat(browser.findElement(By.id("mainMenu")).getText())
                .contains("Dashboard")
                .contains("Tenants");

        session.click("language:fr");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mainMenu"), "Tableau de bord"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(text("statusForm:clientStatus")).isEqualTo("Essai");
        assertThat(text("clientSlug")).as("still the same client").isEqualTo(t.slug());
        assertThat(text("quota-cost")).as("amounts with a decimal comma").contains("0,00 €");
        assertThat(text("clientCreated")).as("dates day first").matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Clés d’API")
                .contains("Journal d’audit");
        session.screenshot("client-fr");

        browser.get(Api.BASE + "/admin/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mainMenu")));
        assertThat(browser.findElement(By.id("mainMenu")).getText())
                .as("the choice holds on the next page")
                .contains("Tableau de bord")
                .contains("Clients")
                .contains("Licences");

        // The services' rules come in French too, on their fields.
        browser.get(Api.BASE + "/admin/access/plans.xhtml");
        session.click("plansForm:newPlan");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("planForm:savePlan")));
        session.click("planForm:savePlan");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("planForm"), "Nom ne doit pas être vide"));
        assertThat(browser.findElement(By.id("planForm")).getText())
                .doesNotContain("must ")
                .contains("Code ne doit pas être vide");
        browser.get(Api.BASE + "/admin/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mainMenu")));

        session.click("session:signOut");
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        assertThat(browser.findElement(By.id("login:signIn")).getText())
                .as("the sign-in page keeps the choice")
                .isEqualTo("Se connecter");

        session.click("language:en");
        wait.until(ExpectedConditions.textToBe(By.id("login:signIn"), "Sign in"));
        session.signInAsOperator();
        browser.get(Api.BASE + "/admin/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mainMenu"), "Dashboard"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }

    @Test
    @DisplayName("an unknown or missing client id says so in words, with no stack trace")
    void unknownClient() {
        session.signInAsOperator();
        for (String id : new String[] {"no-such-client", ""}) {
            browser.get(Api.BASE + "/admin/tenants/client.xhtml?id=" + id);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clientMissing")));
            assertThat(text("clientMissing")).contains("No client has this address");
            assertThat(browser.getPageSource()).doesNotContain("Exception");
        }
    }

    private void open(String tenantId) {
        browser.get(Api.BASE + "/admin/tenants/client.xhtml?id=" + tenantId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clientSlug")));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    private static Api.Reply chat(String secret) {
        return Api.anonymous()
                .header("Authorization", "Bearer " + secret)
                .post(
                        "/v1/chat/completions",
                        Map.of(
                                "model",
                                ChatFixture.MODEL,
                                "messages",
                                java.util.List.of(Map.of("role", "user", "content", "Hello"))));
    }
}
