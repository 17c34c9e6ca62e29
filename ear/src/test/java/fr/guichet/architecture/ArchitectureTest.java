package fr.guichet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@code docs/architecture.md}, checked on the compiled classes of the three modules together (a
 * feature has the same package name in every module): features in one declared order, each using only those below
 * it; no cycles; the domain module free of HTTP and wire types; pages and REST resources never holding entities.
 */
class ArchitectureTest {

    /** The features, lowest first: the order of docs/architecture.md. */
    static final List<String> FEATURES = List.of(
            "common",
            "audit",
            "notify",
            "tenancy",
            "access",
            "limits",
            "metering",
            "assistants",
            "knowledge",
            "dispatch",
            "library",
            "licensing",
            "billing",
            "privacy",
            "channels",
            "console",
            "health",
            "app");

    private static final String ROOT = "fr.guichet";
    private static final String ENTITY = "jakarta.persistence.Entity";

    private static JavaClasses all;
    private static JavaClasses domain;

    @BeforeAll
    static void importModules() {
        Path modules =
                Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
        ClassFileImporter importer =
                new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        domain = importer.importPath(classesOf(modules, "ejb-module"));
        all = importer.importPaths(
                classesOf(modules, "ejb-module"), classesOf(modules, "web-module"), classesOf(modules, "faces-admin"));
    }

    private static Path classesOf(Path modules, String module) {
        Path classes = modules.resolve(module).resolve("target/classes");
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException(classes + " is missing: build the modules first");
        }
        return classes;
    }

    @Test
    @DisplayName("every class belongs to a declared feature")
    void everyClassInAFeature() {
        classes()
                .should()
                .resideInAnyPackage(
                        FEATURES.stream().map(f -> ROOT + "." + f + "..").toArray(String[]::new))
                .because("a newcomer finds a feature by its name in every module (docs/architecture.md)")
                .check(all);
    }

    @Test
    @DisplayName("a feature uses only the features below it")
    void featuresDependDownwards() {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 0; i < FEATURES.size() - 1; i++) {
            String[] above = FEATURES.subList(i + 1, FEATURES.size()).stream()
                    .map(f -> ROOT + "." + f + "..")
                    .toArray(String[]::new);
            rules.add(noClasses()
                    .that()
                    .resideInAPackage(ROOT + "." + FEATURES.get(i) + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(above)
                    .because(FEATURES.get(i) + " is below them: it tells them what they need through a CDI event "
                            + "or a port it owns")
                    .allowEmptyShould(true));
        }
        CompositeArchRule.of(rules).check(all);
    }

    @Test
    @DisplayName("no cycles between features")
    void noCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(all);
    }

    @Test
    @DisplayName("the domain module knows no HTTP request, no JSON binding and no wire types")
    void domainFreeOfTheWeb() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.ws.rs..",
                        "jakarta.servlet..",
                        "jakarta.json.bind..",
                        "jakarta.faces..",
                        "org.eclipse.microprofile.openapi..")
                .orShould()
                .resideInAPackage("..api..")
                .because("ejb-module is the domain: requests, responses and their DTOs live in web-module")
                .check(domain);
    }

    @Test
    @DisplayName("pages and REST resources never touch entities")
    void noEntitiesOutsideTheDomain() {
        noClasses()
                .that(outside("ejb-module"))
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(ENTITY)
                .because("entities never leave ejb-module as JSON or as state of a view: services hand out views")
                .check(all);
    }

    @Test
    @DisplayName("the chat path admits and meters: the web only authenticates, and only metering writes usage")
    void chatPathSteps() {
        noClasses()
                .that(outside("ejb-module"))
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(ROOT + ".limits.service.Admission")
                .because("admission is the chat path's first step (dispatch.chat.ChatPath); the /v1 filter only "
                        + "authenticates")
                .check(all);
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".metering..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(ROOT + ".metering.service.UsageRecorder")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName(ROOT + ".metering.service.DirectUsageRecorder")
                .because("a call's usage is recorded in one place, metering.service.UsageMeter")
                .check(all);
    }

    private static DescribedPredicate<JavaClass> outside(String module) {
        String marker = "/" + module + "/target/classes/";
        return DescribedPredicate.describe(
                "are outside " + module,
                c -> c.getSource()
                        .map(s -> !s.getUri().toString().contains(marker))
                        .orElse(true));
    }
}
