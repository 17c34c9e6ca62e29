package fr.guichet.common.view;

/**
 * The operator acting in the console, as the audit log names actors ({@code operator:<e-mail>}): a port that the
 * tenancy feature implements, for the views of features below it.
 */
public interface ConsoleActor {

    String getActor();
}
