package fr.guichet.it.container;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of an in-container test: the real {@code guichet.ear} this build packaged (its EJBs, CDI beans,
 * persistence unit, Liquibase changelog and persistent timers, on the in-container server's own embedded Derby),
 * plus one web module holding the test class's package, which Arquillian runs inside the server. A test injects the
 * application's beans and calls them directly, in-process.
 *
 * <p>How to write one: name it {@code …ArqIT}, annotate it {@link InContainer}, and give it
 *
 * <pre>{@code
 * @InContainer
 * class InvoiceRunArqIT {
 *     @Deployment
 *     static EnterpriseArchive deployment() {
 *         return GuichetDeployment.withTestsOf(InvoiceRunArqIT.class);
 *     }
 *
 *     @Inject InvoiceRunService runs;   // any EJB or CDI bean of the application
 *     @Inject ClockProducer clocks;     // clocks.shift(Duration) moves the injected Clock; shift back in @AfterEach
 *
 *     @Test void ...
 * }
 * }</pre>
 *
 * Each call of an EJB is its own transaction, as from a REST resource. The database is shared by every in-container
 * test of the run (unique slugs and codes, no counting of all rows), and the persistent timers run as in production
 * (call a timer's method directly rather than waiting for it, and assert on what it leaves). AssertJ comes with the
 * test; another library is named by one of its classes ({@code withTestsOf(X.class, Awaitility.class)}). Run them
 * with {@code ./mvnw verify}, or alone with {@code ./mvnw verify -pl ear -Dit.e2e.skip} (README, Tests).
 */
public final class GuichetDeployment {

    /** The application's name on the in-container server: not production's {@code guichet} (STACK.md trap 6). */
    public static final String APPLICATION = "guichet-arq";

    /** The web module that holds the tests and Arquillian's servlet. */
    static final String TEST_MODULE = "guichet-arq-tests.war";

    static final String TEST_CONTEXT_ROOT = "/guichet-arq-tests";

    private static final String APPLICATION_XML = "META-INF/application.xml";

    private GuichetDeployment() {}

    /** Guichet's EAR with a web module holding {@code testClass}'s package and the libraries of {@code librariesOf}. */
    public static EnterpriseArchive withTestsOf(Class<?> testClass, Class<?>... librariesOf) {
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, APPLICATION + ".ear")
                .importFrom(packagedEar())
                .as(EnterpriseArchive.class);
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_MODULE)
                .addPackage(testClass.getPackage())
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibrary(jarOf(Assertions.class));
        for (Class<?> library : librariesOf) {
            tests.addAsLibrary(jarOf(library));
        }
        // Several web modules: Arquillian's servlet goes into the one marked testable.
        Testable.archiveToTest(tests);
        ear.addAsModule(tests);
        String applicationXml = withTestModule(read(ear));
        ear.delete(APPLICATION_XML);
        ear.setApplicationXML(new StringAsset(applicationXml));
        return ear;
    }

    /** The EAR of this build ({@code guichet.ear} property of the failsafe execution, or target/guichet.ear). */
    private static File packagedEar() {
        File ear = new File(System.getProperty("guichet.ear", "target/guichet.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(
                    "No " + ear.getAbsolutePath() + ": package the ear module first (./mvnw install -DskipTests)");
        }
        return ear;
    }

    /** The EAR's own application.xml, renamed and with the test module (which needs a context root of its own). */
    static String withTestModule(String applicationXml) {
        String name = "<application-name>guichet</application-name>";
        int lastModule = applicationXml.lastIndexOf("</module>");
        if (!applicationXml.contains(name) || lastModule < 0) {
            throw new IllegalStateException("Unexpected application.xml in guichet.ear:\n" + applicationXml);
        }
        int end = lastModule + "</module>".length();
        String module = "\n  <module>\n    <web>\n      <web-uri>" + TEST_MODULE + "</web-uri>\n      <context-root>"
                + TEST_CONTEXT_ROOT + "</context-root>\n    </web>\n  </module>";
        return (applicationXml.substring(0, end) + module + applicationXml.substring(end))
                .replace(name, "<application-name>" + APPLICATION + "</application-name>");
    }

    private static String read(EnterpriseArchive ear) {
        try (InputStream in = ear.get(APPLICATION_XML).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar a class was loaded from. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
