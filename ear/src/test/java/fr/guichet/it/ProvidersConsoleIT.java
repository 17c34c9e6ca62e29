package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The providers page in headless Chromium: a global key set (shown masked, never in the page), replaced and removed;
 * a provider disabled and enabled; a model's price changed from a later day, with the history showing both prices.
 * Each change checked on the API. The provider is one of the test's own (its name sorts first).
 */
class ProvidersConsoleIT {

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
    @DisplayName("an operator sets, replaces and removes a provider's global key, disables the provider, and adds a"
            + " dated price to one of its models")
    void keysAndPrices() throws Exception {
        String id = Providers.register("0console");
        String name = Api.operator()
                .get("/api/admin/providers/" + id)
                .json()
                .get("name")
                .asText();
        Api.Reply model = Api.operator()
                .post(
                        "/api/admin/models",
                        Map.of(
                                "providerId",
                                id,
                                "model",
                                "console-model",
                                "inputPerMillion",
                                1.5,
                                "outputPerMillion",
                                3));
        assertThat(model.status()).as(model.toString()).isEqualTo(201);
        String modelId = model.json().get("id").asText();
        String secret = Providers.secret("console");

        session.signInAsOperator();
        browser.get(Api.BASE + "/admin/dispatch/providers.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("providersForm:providers"), name));
        String row = session.rowWith("providersForm:providers", name);
        assertThat(text("providersForm:providers:" + row + ":globalKey")).isEqualTo("None");

        session.click("providersForm:providers:" + row + ":setKey");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("providerForm:newKey")));
        session.click("providerForm:confirmProvider");
        wait.until(ExpectedConditions.attributeContains(By.id("providerForm:newKey"), "class", "ui-state-error"));
        assertThat(Api.operator().get("/api/admin/providers/" + id).json().has("globalKey"))
                .as("an empty key is refused, nothing is set")
                .isFalse();
        WebElement keyInput = wait.until(ExpectedConditions.elementToBeClickable(By.id("providerForm:newKey")));
        keyInput.click();
        keyInput.sendKeys(secret);
        session.click("providerForm:confirmProvider");
        try {
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("providerForm:newKey")));
        } catch (RuntimeException e) {
            session.screenshot("providers-key");
            throw new AssertionError(browser.findElement(By.id("providerForm")).getText(), e);
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("providersForm:providers:" + row + ":globalKey"), "…ZZ"));
        assertThat(browser.getPageSource())
                .as("the key never comes back to the page")
                .doesNotContain(secret);
        assertThat(Api.operator()
                        .get("/api/admin/providers/" + id)
                        .json()
                        .at("/globalKey/hint")
                        .asText())
                .isEqualTo(secret.substring(0, 5) + "…ZZ");

        session.click("providersForm:providers:" + row + ":removeKey");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("providerForm:confirmProvider")));
        session.click("providerForm:confirmProvider");
        wait.until(ExpectedConditions.textToBe(By.id("providersForm:providers:" + row + ":globalKey"), "None"));
        assertThat(Api.operator().get("/api/admin/providers/" + id).json().has("globalKey"))
                .isFalse();

        session.click("providersForm:providers:" + row + ":disable");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("providerForm:confirmProvider")));
        session.click("providerForm:confirmProvider");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("providersForm:providers:" + row + ":enable")));
        assertThat(Api.operator()
                        .get("/api/admin/providers/" + id)
                        .json()
                        .get("enabled")
                        .asBoolean())
                .isFalse();

        session.click("providersForm:providers:" + row + ":models");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("modelsForm:models"), "console-model"));
        assertThat(text("modelsForm:models:0:price")).isEqualTo("1.50 € / 3.00 €");
        session.click("modelsForm:models:0:changePrice");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("priceForm:savePrice")));
        session.type("priceForm:input_input", "2.075");
        session.type("priceForm:output_input", "4");
        session.script("PF('priceFrom').setDate(new Date(2099, 0, 1));");
        session.click("priceForm:savePrice");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("priceForm:savePrice")));
        JsonNode prices =
                Api.operator().get("/api/admin/models/" + modelId + "/prices").json();
        assertThat(prices.get("history")).hasSize(2);
        assertThat(prices.at("/history/0/inputPerMillion").decimalValue()).isEqualByComparingTo("2.075");
        assertThat(prices.at("/history/0/effectiveFrom").asText()).startsWith("2098-12-31T23:00:00");
        assertThat(prices.at("/inForce/inputPerMillion").decimalValue())
                .as("the new price waits for its day")
                .isEqualByComparingTo("1.5");
        session.screenshot("providers");

        for (String[] line : new String[][] {
            {"provider_key.set", "provider:" + id + " global key"},
            {"provider_key.removed", "provider:" + id + " global key"},
            {"provider.changed", "provider:" + id},
            {"model.price_added", "model:" + modelId}
        }) {
            assertThat(Licenses.audit(line[0]))
                    .as("the operator's " + line[0] + " in the audit log")
                    .anySatisfy(e -> {
                        assertThat(e.get("subject").asText()).isEqualTo(line[1]);
                        assertThat(e.get("actor").asText()).isEqualTo("operator:" + Api.OPERATOR_EMAIL);
                    });
        }
        assertThat(Licenses.audit("provider.changed"))
                .filteredOn(e -> e.get("subject").asText().equals("provider:" + id))
                .extracting(e -> e.get("reason").asText())
                .contains("disabled");
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }
}
