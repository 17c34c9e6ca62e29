package fr.guichet.it.container;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an in-container test class: Arquillian runs it inside the in-container server ({@link GuichetDeployment}).
 * The tag puts the class in the build's {@code in-container} failsafe execution, and keeps it out of the
 * end-to-end one, whatever {@code -Dit.test} selects.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(InContainer.TAG)
@ExtendWith(ArquillianExtension.class)
public @interface InContainer {

    /** The JUnit tag of in-container tests (failsafe's {@code groups} in ear/pom.xml). */
    String TAG = "in-container";
}
