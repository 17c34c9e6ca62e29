package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The tenants page as an operator uses it in headless Chromium: suspending a client asks for confirmation and a
 * reason, which the audit log keeps; the "New tenant" form marks each wrong field in words; the table stays readable
 * at 1024 px, the client's name a link to its page.
 */
class TenantsConsoleIT {

    private Browser session;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        session = Browser.start();
        browser = session.driver;
        wait = session.wait;
        session.signInAsOperator();
    }

    @AfterEach
    void stopBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    @DisplayName("suspending a client: the dialog names it and asks why, refuses an empty reason, then suspends it and"
            + " the audit log has the reason")
    void suspendWithReason() throws Exception {
        Tenants.Opened t = Tenants.open("suspend");
        showOnly(t.slug());
        // The row's menu, through its PrimeFaces widget (clicking its animated panel is racy in a headless browser).
        session.script("PrimeFaces.getWidgetById('tenantsForm:tenantTable:0:targetStatus').selectValue('suspended');");
        wait.until(ExpectedConditions.textToBe(By.id("tenantsForm:tenantTable:0:targetStatus_label"), "Suspended"));
        browser.findElement(By.id("tenantsForm:tenantTable:0:applyStatus")).click();
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statusQuestion")));
        } catch (RuntimeException e) {
            session.screenshot("tenants-suspend-no-dialog");
            throw e;
        }
        assertThat(browser.findElement(By.id("statusQuestion")).getText())
                .isEqualTo("Suspend Tenant " + t.slug() + "?");
        browser.findElement(By.id("statusForm:confirmStatus")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("statusForm"), "The reason is required to suspend or cancel a client"));
        assertThat(status(t)).as("nothing changed without a reason").isEqualTo("trial");
        session.screenshot("tenants-suspend-reason");

        String reason = "Unpaid since March, asked by " + t.slug();
        browser.findElement(By.id("statusForm:reason")).sendKeys(reason);
        browser.findElement(By.id("statusForm:confirmStatus")).click();
        wait.until(ExpectedConditions.textToBe(By.id("tenantsForm:tenantTable:0:status"), "Suspended"));
        assertThat(status(t)).isEqualTo("suspended");
        JsonNode audit = Api.operator()
                .get("/api/admin/audit?tenantId=" + t.id() + "&action=tenant.status.changed")
                .json();
        assertThat(audit.get("items")).singleElement().satisfies(line -> {
            assertThat(line.get("reason").asText()).isEqualTo("trial to suspended: " + reason);
            assertThat(line.get("actor").asText()).isEqualTo("operator:" + Api.OPERATOR_EMAIL);
        });
    }

    @Test
    @DisplayName("the New tenant form marks every wrong field and says what is wrong with it, in words")
    void everyViolationOnItsField() throws Exception {
        browser.get(Api.BASE + "/admin/tenants/list.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tenantsForm:newTenant")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("createForm:tenantName")));
        browser.findElement(By.id("createForm:tenantSlug")).sendKeys("Not A Slug!");
        browser.findElement(By.id("createForm:tenantEmail")).sendKeys("not-an-address");
        browser.findElement(By.id("createForm:createTenant")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("createForm:tenantSlug"), "class", "ui-state-error"));
        session.screenshot("tenants-create-errors");
        for (String field : new String[] {"tenantName", "tenantSlug", "tenantEmail"}) {
            assertThat(browser.findElement(By.id("createForm:" + field)).getAttribute("class"))
                    .as(field + " marked")
                    .contains("ui-state-error");
        }
        String dialog = browser.findElement(By.id("createForm")).getText();
        assertThat(dialog).contains("Name ").contains("Slug ").contains("Contact e-mail ");
        assertThat(dialog)
                .as("no raw field names")
                .doesNotContain("contactEmail:")
                .doesNotContain("slug:");
        session.screenshot("tenants-create-errors");
    }

    @Test
    @DisplayName("at 1024 px the tenants table shows each client's name, as a link to its page, and its status")
    void readableAt1024() throws Exception {
        Tenants.Opened t = Tenants.open("narrow");
        browser.manage().window().setSize(new Dimension(1024, 768));
        showOnly(t.slug());
        session.screenshot("tenants-1024");
        WebElement name = browser.findElement(By.id("tenantsForm:tenantTable:0:open"));
        assertThat(name.getText()).isEqualTo("Tenant " + t.slug());
        assertThat(name.findElement(By.xpath("./ancestor::td")).getSize().getWidth())
                .as("name column wide enough to read")
                .isGreaterThanOrEqualTo(150);
        assertThat(browser.findElement(By.id("tenantsForm:tenantTable:0:status"))
                        .getSize()
                        .getWidth())
                .isGreaterThan(20);
        WebElement slug = browser.findElement(By.id("tenantsForm:tenantTable:0:slug"));
        assertThat(slug.findElement(By.xpath("./ancestor::td")).getSize().getWidth())
                .as("the slug's column holds the slug")
                .isGreaterThanOrEqualTo(slug.getSize().getWidth());
        session.screenshot("tenants-1024");
        name.click();
        wait.until(ExpectedConditions.urlContains("tenants/client.xhtml?id=" + t.id()));
        assertThat(browser.findElement(By.id("clientSlug")).getText()).isEqualTo(t.slug());
    }

    private void showOnly(String slug) {
        browser.get(Api.BASE + "/admin/tenants/list.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tenantsForm:filterText")));
        WebElement before = browser.findElement(By.id("tenantsForm:tenantTable_data"));
        browser.findElement(By.id("tenantsForm:filterText")).sendKeys(slug);
        browser.findElement(By.id("tenantsForm:search")).click();
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.textToBe(By.id("tenantsForm:tenantTable:0:slug"), slug));
    }

    private static String status(Tenants.Opened t) {
        return Api.operator()
                .get("/api/admin/tenants/" + t.id())
                .json()
                .get("status")
                .asText();
    }
}
