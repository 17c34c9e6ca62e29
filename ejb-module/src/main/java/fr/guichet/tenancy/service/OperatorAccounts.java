package fr.guichet.tenancy.service;

import fr.guichet.tenancy.domain.UserAccount;
import fr.guichet.tenancy.repository.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/** Operator accounts. For now: the first operator, created at start-up when there is none. */
@Stateless
public class OperatorAccounts {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    @Inject
    Clock clock;

    /** Creates the operator unless one exists; returns whether it did. Fails if another server did meanwhile. */
    public boolean createFirstOperator(String email, String password) {
        if (users.anyOperator()) {
            return false;
        }
        users.add(UserAccount.operator(email, "Operator", passwords.hash(password), clock.instant()));
        users.flush();
        return true;
    }
}
