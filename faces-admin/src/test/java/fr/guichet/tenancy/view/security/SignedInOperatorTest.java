package fr.guichet.tenancy.view.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.tenancy.domain.Role;
import fr.guichet.tenancy.service.UserView;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignedInOperatorTest {

    @Test
    @DisplayName("keeps the user's id, e-mail and display name, nothing else")
    void fromUser() {
        UserView user = new UserView("u1", null, "ops@guichet.test", "Ada", Role.OPERATOR, true, null, Instant.EPOCH);

        assertThat(SignedInOperator.of(user)).isEqualTo(new SignedInOperator("u1", "ops@guichet.test", "Ada"));
    }

    @Test
    @DisplayName("shows the e-mail address when there is no display name")
    void nameFallsBackToEmail() {
        assertThat(new SignedInOperator("u1", "ops@guichet.test", " ").name()).isEqualTo("ops@guichet.test");
        assertThat(new SignedInOperator("u1", "ops@guichet.test", "Ada").name()).isEqualTo("Ada");
    }
}
