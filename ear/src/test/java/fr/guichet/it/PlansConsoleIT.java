package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The plans page in headless Chromium: a plan created through its dialog (an incomplete form marks each wrong
 * field in words and creates nothing), then edited back to unlimited requests; the API sees each change.
 */
class PlansConsoleIT {

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
            "an operator creates a plan (every missing field said on its input first), edits it and sets its chain")
    void createAndEdit() throws Exception {
        String code = Api.unique("pc");
        session.signInAsOperator();
        browser.get(Api.BASE + "/admin/access/plans.xhtml");
        session.click("plansForm:newPlan");
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("planForm:savePlan")));
        } catch (RuntimeException e) {
            session.screenshot("plans-no-dialog");
            throw new AssertionError(browser.findElement(By.tagName("body")).getText(), e);
        }
        session.click("planForm:savePlan");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("planForm"), "Code "));
        String errors = browser.findElement(By.id("planForm")).getText();
        assertThat(errors).contains("Name ").doesNotContain("code:").doesNotContain("name:");
        assertThat(browser.findElement(By.id("planForm:code")).getAttribute("class"))
                .contains("ui-state-error");
        assertThat(plan(code)).as("nothing created").isNull();

        browser.findElement(By.id("planForm:code")).sendKeys(code);
        browser.findElement(By.id("planForm:name")).sendKeys("Plan " + code);
        session.type("planForm:monthlyPriceEur_input", "19.90");
        session.type("planForm:requestsPerMinute_input", "100");
        session.type("planForm:requestsPerMonth_input", "1000");
        session.click("planForm:savePlan");
        try {
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("planForm:savePlan")));
        } catch (RuntimeException e) {
            session.screenshot("plans-not-saved");
            throw new AssertionError(browser.findElement(By.id("planForm")).getText(), e);
        }
        browser.findElement(By.id("plansForm:filter")).sendKeys(code);
        session.click("plansForm:search");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plansForm:plans"), code));
        JsonNode created = plan(code);
        assertThat(created.get("monthlyPriceEur").decimalValue()).isEqualByComparingTo("19.90");
        assertThat(created.get("requestsPerMinute").asInt()).isEqualTo(100);
        assertThat(created.get("requestsPerMonth").asLong()).isEqualTo(1000);
        assertThat(created.path("tokensPerMonth").isMissingNode()
                        || created.get("tokensPerMonth").isNull())
                .as("left empty: unlimited")
                .isTrue();
        session.screenshot("plans");

        session.click("plansForm:plans:" + session.rowWith("plansForm:plans", code) + ":edit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("planForm:savePlan")));
        assertThat(browser.findElement(By.id("planForm:code")).isEnabled())
                .as("a plan's code never changes")
                .isFalse();
        WebElement perMonth = browser.findElement(By.id("planForm:requestsPerMonth_input"));
        perMonth.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        session.click("planForm:savePlan");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("planForm:savePlan")));
        wait.until(d -> {
            JsonNode edited = plan(code);
            return edited.path("requestsPerMonth").isMissingNode()
                    || edited.get("requestsPerMonth").isNull();
        });

        // The provider chain: OpenAI moved into the plan's chain with the pick list, saved, shown, and in force.
        String row = session.rowWith("plansForm:plans", code);
        assertThat(browser.findElement(By.id("plansForm:plans:" + row + ":chain"))
                        .getText())
                .isEqualTo("Default chain");
        session.click("plansForm:plans:" + row + ":editChain");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chainForm:saveChain")));
        // An empty chain is refused in words (the dialog stays), then OpenAI is moved over (a double click moves it).
        session.click("chainForm:saveChain");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chainForm"), "Provider chain must list"));
        new org.openqa.selenium.interactions.Actions(browser)
                .doubleClick(browser.findElement(
                        By.cssSelector("[id='chainForm:chain'] .ui-picklist-source li[data-item-label='OpenAI']")))
                .perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='chainForm:chain'] .ui-picklist-target li[data-item-label='OpenAI']")));
        session.click("chainForm:saveChain");
        try {
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("chainForm:saveChain")));
        } catch (RuntimeException e) {
            session.screenshot("plans-chain");
            throw new AssertionError(browser.findElement(By.id("chainForm")).getText(), e);
        }
        wait.until(ExpectedConditions.textToBe(By.id("plansForm:plans:" + row + ":chain"), "OpenAI"));
        assertThat(plan(code).get("providers"))
                .extracting(p -> p.get("id").asText())
                .containsExactly(Providers.SEEDED_OPENAI);
        String subject = "plan:" + plan(code).get("id").asText();
        for (String[] line :
                new String[][] {{"plan.created", code}, {"plan.changed", "terms"}, {"plan.chain_set", "OpenAI"}}) {
            assertThat(Licenses.audit(line[0]))
                    .as("the operator's " + line[0] + " in the audit log")
                    .anySatisfy(e -> {
                        assertThat(e.get("subject").asText()).isEqualTo(subject);
                        assertThat(e.get("actor").asText()).isEqualTo("operator:" + Api.OPERATOR_EMAIL);
                        assertThat(e.get("reason").asText()).contains(line[1]);
                    });
        }
    }

    private static JsonNode plan(String code) {
        for (JsonNode p :
                Api.operator().get("/api/admin/plans?size=100&q=" + code).json().get("items")) {
            if (p.get("code").asText().equals(code)) {
                return p;
            }
        }
        return null;
    }
}
