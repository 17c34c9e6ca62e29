package fr.guichet.it.container;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The build finds in-container tests by their tag ({@link InContainer}): a class with an Arquillian deployment but
 * without it would run in the end-to-end execution instead, and start the in-container server there.
 */
class InContainerConventionTest {

    @Test
    @DisplayName("every class with an Arquillian @Deployment is an @InContainer …ArqIT")
    void deploymentsAreInContainer() {
        JavaClasses tests = new ClassFileImporter().importPackages("fr.guichet.it");
        methods()
                .that()
                .areAnnotatedWith(Deployment.class)
                .should()
                .beDeclaredInClassesThat()
                .areAnnotatedWith(InContainer.class)
                .andShould()
                .beDeclaredInClassesThat()
                .haveSimpleNameEndingWith("ArqIT")
                .check(tests);
    }
}
