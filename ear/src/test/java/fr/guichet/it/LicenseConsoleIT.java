package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The console's licensing page in a real headless Chromium: generate a batch, list it, revoke a key. */
class LicenseConsoleIT {

    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @DisplayName("the statistics page, opened from the licenses page, shows the API's figures: keys by state, this"
            + " plan's 3 keys with 1 activation and 1 revoked, the reseller's, and today's activation; a period"
            + " ending before it starts is refused in words")
    void statistics() throws Exception {
        String plan = Licenses.plan();
        String planName = Api.operator()
                .get("/api/admin/plans/" + plan)
                .json()
                .get("name")
                .asText();
        String reseller = Api.unique("Stats reseller");
        List<Licenses.Generated> keys = Licenses.generate(plan, Map.of("count", 3, "reseller", reseller));
        Tenants.Opened t = Tenants.open("lic-stats");
        assertThat(Licenses.activate(Tenants.signIn(t), keys.get(0).key()).status())
                .isEqualTo(201);
        assertThat(Licenses.move(keys.get(1).id(), "revoke", Map.of("reason", "Refunded"))
                        .status())
                .isBetween(200, 204);
        JsonNode api = Api.operator().get("/api/admin/licenses/stats").json();

        browser.signInAsOperator();
        browser.driver.get(Api.BASE + "/admin/licenses/list.xhtml");
        browser.click("licensesForm:stats");
        browser.wait.until(ExpectedConditions.urlContains("/admin/licenses/stats.xhtml"));
        assertThat(browser.driver.findElement(By.id("licstats-total")).getText())
                .isEqualTo(api.get("total").asText());
        for (String state : List.of("valid", "used_up", "expired", "suspended", "revoked")) {
            assertThat(browser.driver.findElement(By.id("licstats-" + state)).getText())
                    .as(state)
                    .isEqualTo(api.at("/byState/" + state).asText());
        }
        long activations = 0;
        for (JsonNode day : api.get("activationsPerDay")) {
            activations += day.get("activations").asLong();
        }
        assertThat(activations).as("today's activation counted").isPositive();
        assertThat(browser.driver.findElement(By.id("period:activations")).getText())
                .isEqualTo(Long.toString(activations));
        String row = browser.rowWith("period:plans", planName);
        assertThat(browser.driver
                        .findElement(By.id("period:plans:" + row + ":keys"))
                        .getText())
                .isEqualTo("3");
        assertThat(browser.driver
                        .findElement(By.id("period:plans:" + row + ":activations"))
                        .getText())
                .isEqualTo("1");
        assertThat(browser.driver
                        .findElement(By.id("period:plans:" + row + ":revoked"))
                        .getText())
                .isEqualTo("1");
        String byReseller = browser.rowWith("period:resellers", reseller);
        assertThat(browser.driver
                        .findElement(By.id("period:resellers:" + byReseller + ":keys"))
                        .getText())
                .isEqualTo("3");
        browser.screenshot("license-stats");

        browser.script("PF('statsFrom').setDate(new Date(2026, 5, 10)); PF('statsTo').setDate(new Date(2026, 5, 1));");
        browser.click("period:apply");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("period:periodMessages"), "must be on or before to"));
    }

    @Test
    @DisplayName(
            "an operator generates a batch of 3 keys, sees them once, finds them by reseller, and revokes one with a reason")
    void generateListRevoke() throws Exception {
        try {
            walkThrough();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("licenses-failed");
            throw e;
        }
    }

    private void walkThrough() throws Exception {
        String plan = PlansIT.createPlan(Api.operator(), Map.of("name", "Console plan " + Api.unique("p")))
                .get("id")
                .asText();
        String reseller = Api.unique("Console reseller");
        browser.signInAsOperator();
        browser.driver.findElement(By.linkText("Licenses")).click();
        browser.wait.until(ExpectedConditions.urlContains("/admin/licenses/list.xhtml"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("licensesForm:licenseTable")));

        browser.driver.findElement(By.id("licensesForm:generate")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("generateForm:reseller")));
        // A bad count first: the dialog says what is wrong and generates nothing.
        browser.script("PF('generatePlan').selectValue(arguments[0])", plan);
        setNumber("generateCount", 0);
        browser.driver.findElement(By.id("generateForm:reseller")).sendKeys(reseller);
        browser.driver.findElement(By.id("generateForm:generateKeys")).click();
        browser.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("generateForm:generateMessages"), "count"));

        setNumber("generateCount", 3);
        setNumber("generateDays", 90);
        browser.driver.findElement(By.id("generateForm:generateKeys")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedKeys:0:key")));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            keys.add(browser.driver
                    .findElement(By.id("issuedKeys:" + i + ":key"))
                    .getText()
                    .strip());
        }
        assertThat(keys).allMatch(k -> k.matches(Licenses.KEY_PATTERN)).doesNotHaveDuplicates();
        assertThat(browser.driver.findElement(By.id("issuedKeys:0:qr")).getAttribute("src"))
                .startsWith("data:image/png;base64,");
        String csvUri = browser.driver.findElement(By.id("downloadCsv")).getAttribute("href");
        String csv = new String(
                java.util.Base64.getDecoder().decode(csvUri.substring(csvUri.indexOf(',') + 1)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv).contains(keys.get(0)).contains(keys.get(2)).contains(reseller);
        browser.screenshot("licenses-generated");
        browser.driver.findElement(By.id("keysForm:keysSaved")).click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("keysDialog")));

        browser.driver.findElement(By.id("licensesForm:filterReseller")).sendKeys(reseller);
        browser.driver.findElement(By.id("licensesForm:search")).click();
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#licensesForm\\:licenseTable_data tr:not(.ui-datatable-empty-message)"), 3));
        browser.wait.until(ExpectedConditions.textToBe(By.id("licensesForm:licenseTable:0:state"), "Valid"));
        assertThat(browser.driver
                        .findElement(By.id("licensesForm:licenseTable:0:activations"))
                        .getText())
                .isEqualTo("0 / 1");

        String hint = browser.driver
                .findElement(By.id("licensesForm:licenseTable:0:masked"))
                .getText()
                .substring(2);
        browser.driver.findElement(By.id("licensesForm:licenseTable:0:revoke")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("revokeForm:reason")));
        browser.driver.findElement(By.id("revokeForm:confirmRevoke")).click();
        browser.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("revokeForm:revokeMessages"), "reason"));
        browser.driver.findElement(By.id("revokeForm:reason")).sendKeys("Sold by mistake");
        browser.driver.findElement(By.id("revokeForm:confirmRevoke")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("licensesForm:licenseTable:0:state"), "Revoked"));
        browser.screenshot("licenses-revoked");

        // What the console showed is real: the keys check as valid, except the one revoked, with the reason audited.
        String revokedKey =
                keys.stream().filter(k -> k.endsWith(hint)).findFirst().orElseThrow();
        for (String key : keys) {
            JsonNode check = Api.anonymous()
                    .post("/api/licenses/check", Map.of("key", key))
                    .json();
            assertThat(check.get("code").asText()).isEqualTo(key.equals(revokedKey) ? "REVOKED" : "VALID");
            assertThat(check.get("durationDays").asInt()).isEqualTo(90);
        }
        assertThat(Licenses.audit("license.revoked")).anySatisfy(e -> {
            assertThat(e.get("reason").asText()).isEqualTo("Sold by mistake");
            assertThat(e.get("actor").asText()).isEqualTo("operator:" + Api.OPERATOR_EMAIL);
        });

        // Suspend another key, reinstate it, then extend it by 10 days: each with its reason, each real.
        String second = browser.driver
                .findElement(By.id("licensesForm:licenseTable:1:masked"))
                .getText()
                .substring(2);
        String secondKey =
                keys.stream().filter(k -> k.endsWith(second)).findFirst().orElseThrow();
        act("suspend", "Reseller unpaid");
        browser.wait.until(ExpectedConditions.textToBe(By.id("licensesForm:licenseTable:1:state"), "Suspended"));
        assertThat(check(secondKey).get("code").asText()).isEqualTo("SUSPENDED");
        act("reinstate", "Reseller paid");
        browser.wait.until(ExpectedConditions.textToBe(By.id("licensesForm:licenseTable:1:state"), "Valid"));
        browser.wait
                .until(ExpectedConditions.elementToBeClickable(By.id("licensesForm:licenseTable:1:extend")))
                .click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actForm:days_input")));
        browser.script("PF(arguments[0]).setValue(arguments[1])", "extendDays", 10);
        act(null, "Goodwill after an outage");
        browser.wait.until(d -> check(secondKey).get("durationDays").asInt() == 100);
        assertThat(Licenses.audit("license.extended"))
                .anySatisfy(e -> assertThat(e.get("reason").asText()).contains("Goodwill after an outage"));
    }

    /** Opens the row-1 dialog of {@code action} (null: already open), confirms once without a reason (refused), then with one. */
    private void act(String action, String reason) {
        if (action != null) {
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.id("licensesForm:licenseTable:1:" + action)))
                    .click();
        }
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actForm:actReason")));
        browser.driver.findElement(By.id("actForm:confirmAct")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actForm"), "The reason "));
        browser.driver.findElement(By.id("actForm:actReason")).sendKeys(reason);
        browser.driver.findElement(By.id("actForm:confirmAct")).click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("actForm:confirmAct")));
    }

    private static JsonNode check(String key) {
        return Api.anonymous().post("/api/licenses/check", Map.of("key", key)).json();
    }

    @Test
    @DisplayName(
            "a key holder opens the activation link, sees the key checked, signs in and activates it for their tenant")
    void activationLink() throws Exception {
        String plan = Licenses.plan();
        Licenses.Generated g = Licenses.one(plan, Map.of("durationDays", 60));
        Tenants.Opened t = Tenants.open("lic-link");
        String link = g.body().get("activationLink").asText();
        assertThat(link).startsWith(Api.BASE + "/activate/#key=");
        try {
            browser.driver.get(link);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("checkResult"), "Valid: 60 days of Licensed "));
            assertThat(browser.driver.getCurrentUrl())
                    .as("the key leaves the address bar")
                    .doesNotContain("key=");
            assertThat(browser.driver.findElement(By.id("key")).getAttribute("value"))
                    .isEqualTo(g.key());
            browser.driver.findElement(By.id("tenant")).sendKeys(t.slug());
            browser.driver.findElement(By.id("email")).sendKeys(t.adminEmail());
            browser.driver.findElement(By.id("password")).sendKeys(t.adminPassword());
            browser.driver.findElement(By.id("activate")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "Activated."));
            assertThat(browser.driver.findElement(By.id("checkResult")).getText())
                    .as("the check said before activating is gone")
                    .isEmpty();
            browser.screenshot("license-activated");
            // A half-typed key is said to be incomplete, not mistyped; typing clears the last activation's message.
            browser.driver.findElement(By.id("key")).clear();
            browser.driver.findElement(By.id("key")).sendKeys(g.key().substring(0, 11));
            assertThat(browser.driver.findElement(By.id("result")).getText()).isEmpty();
            browser.driver.findElement(By.id("tenant")).click(); // leaving the field checks it
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("checkResult"), "not complete yet: 10 of its 25 characters"));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("license-link-failed");
            throw e;
        }
        JsonNode access = Api.operator()
                .get("/api/admin/tenants/" + t.id() + "/license")
                .json()
                .get("access");
        assertThat(access.get("planId").asText()).isEqualTo(plan);
        assertThat(Licenses.tenant(t.id()).get("status").asText()).isEqualTo("active");

        // A second visit with the same key says why it cannot be activated again.
        browser.driver.get(link);
        browser.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("checkResult"), "activated as many times"));
    }

    /** Sets a p:inputNumber through its widget, as typing would. */
    @Test
    @DisplayName("200 keys: the dialog fits the window, its list scrolls, its button is in reach; Esc and then the"
            + " button close it")
    void twoHundredKeys() throws Exception {
        String plan = PlansIT.createPlan(Api.operator(), Map.of("name", "Big batch " + Api.unique("p")))
                .get("id")
                .asText();
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
        browser.signInAsOperator();
        browser.driver.get(Api.BASE + "/admin/licenses/list.xhtml");
        browser.wait
                .until(ExpectedConditions.elementToBeClickable(By.id("licensesForm:generate")))
                .click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("generateForm:reseller")));
        browser.script("PF('generatePlan').selectValue(arguments[0])", plan);
        setNumber("generateCount", 200);
        setNumber("generateDays", 30);
        browser.driver.findElement(By.id("generateForm:generateKeys")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedKeys:199:key")));
        assertThat(browser.driver.findElement(By.id("keysCount")).getText()).startsWith("200 keys");
        assertThat(browser.driver.findElements(By.cssSelector("[id$=':qr']")))
                .as("no 200 QR images")
                .isEmpty();
        long windowHeight = ((Number) browser.script("return window.innerHeight")).longValue();
        org.openqa.selenium.WebElement dialog = browser.driver.findElement(By.id("keysDialog"));
        assertThat((long) dialog.getRect().getY() + dialog.getRect().getHeight())
                .as("the dialog ends inside the window")
                .isLessThanOrEqualTo(windowHeight);
        org.openqa.selenium.WebElement saved = browser.driver.findElement(By.id("keysForm:keysSaved"));
        assertThat((long) saved.getRect().getY() + saved.getRect().getHeight()).isLessThanOrEqualTo(windowHeight);
        Object scrolls = browser.script(
                "var l = document.getElementById('issuedKeysList'); return l.scrollHeight > l.clientHeight;");
        assertThat(scrolls).as("the list scrolls inside the dialog").isEqualTo(Boolean.TRUE);
        browser.screenshot("licenses-200-keys");

        new org.openqa.selenium.interactions.Actions(browser.driver)
                .sendKeys(org.openqa.selenium.Keys.ESCAPE)
                .perform();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("keysDialog")));
        assertThat(Api.operator()
                        .get("/api/admin/licenses?planId=" + plan)
                        .json()
                        .get("total")
                        .asLong())
                .as("the keys were made")
                .isEqualTo(200);
    }

    private void setNumber(String widgetVar, int value) {
        browser.script("PF(arguments[0]).setValue(arguments[1])", widgetVar, value);
    }
}
