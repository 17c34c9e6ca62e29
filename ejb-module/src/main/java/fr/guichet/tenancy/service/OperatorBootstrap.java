package fr.guichet.tenancy.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;

/**
 * On first start, when no operator exists, creates one from {@code GUICHET_ADMIN_EMAIL} and
 * {@code GUICHET_ADMIN_PASSWORD}; without a password, generates a strong one and writes it once to the log.
 * When several servers start together on one database, the unique e-mail lets only one of them create it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class OperatorBootstrap {

    private static final System.Logger LOG = System.getLogger(OperatorBootstrap.class.getName());

    @Inject
    OperatorAccounts operators;

    @Inject
    PasswordHasher passwords;

    @Inject
    TenancyConfig config;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void ensureOperator() {
        String email = config.adminEmail();
        boolean generated = config.adminPassword().isEmpty();
        String password = config.adminPassword().orElseGet(passwords::generate);
        boolean created;
        try {
            created = operators.createFirstOperator(email, password);
        } catch (EJBException e) {
            LOG.log(Level.INFO, "The first operator was created by another server meanwhile");
            return;
        }
        if (created && generated) {
            LOG.log(
                    Level.WARNING,
                    "First operator created: {0} with the generated password {1} "
                            + "(shown once; set GUICHET_ADMIN_PASSWORD to choose it)",
                    email,
                    password);
        } else if (created) {
            LOG.log(Level.INFO, "First operator created: {0}", email);
        }
    }
}
