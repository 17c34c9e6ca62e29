package fr.guichet.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the portal's browser tests share: a fresh headless Chromium per test, and signing a client's admin in. */
abstract class PortalPageTest {

    Browser session;
    WebDriver browser;
    WebDriverWait wait;

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

    /** The fetched answer's status, Content-Type and first four characters, on one line. */
    String fetchHead(String href) {
        String[] answer = session.fetch(href).split("\n", 3);
        return answer[0] + " " + answer[1] + " "
                + (answer.length > 2 ? answer[2].substring(0, Math.min(4, answer[2].length())) : "");
    }

    void signIn(Tenants.Opened tenant, String lang) {
        session.signInToPortal(tenant.slug(), tenant.adminEmail(), tenant.adminPassword(), lang);
    }
}
