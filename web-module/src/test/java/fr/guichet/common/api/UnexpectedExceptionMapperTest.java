package fr.guichet.common.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

    private final UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();

    @BeforeEach
    void setUp() {
        mapper.uri = (UriInfo) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {UriInfo.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getRequestUri")) {
                        return URI.create("http://localhost/api/admin/tenants");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    @DisplayName("an unexpected error is a 500 problem with an error id and nothing of the exception")
    void unexpected() {
        Response response = mapper.toResponse(new IllegalStateException("secret internal detail"));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        ProblemDetail body = (ProblemDetail) response.getEntity();
        assertThat(body.code()).isEqualTo("INTERNAL_ERROR");
        assertThat(body.errorId()).matches("[0-9a-f-]{36}");
        assertThat(body.detail())
                .contains(body.errorId())
                .doesNotContain("secret")
                .doesNotContain("IllegalState");
        assertThat(body.instance()).isEqualTo("/api/admin/tenants");
    }

    @Test
    @DisplayName("a domain exception wrapped by the container keeps its own code and status")
    void wrappedDomainException() {
        Response response = mapper.toResponse(new EJBException(new DomainException(ErrorCode.SLUG_TAKEN, "taken")));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((ProblemDetail) response.getEntity()).code()).isEqualTo("SLUG_TAKEN");
    }

    @Test
    @DisplayName("a lost optimistic lock is a 409 CONCURRENT_MODIFICATION")
    void optimisticLock() {
        Response response = mapper.toResponse(new EJBException(new OptimisticLockException("stale")));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((ProblemDetail) response.getEntity()).code()).isEqualTo("CONCURRENT_MODIFICATION");
    }

    @Test
    @DisplayName("a body of the wrong shape names the field when the binder says which")
    void wrongType() {
        Response response =
                mapper.toResponse(new JsonbException("Unable to deserialize property 'slug' because of: x"));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((ProblemDetail) response.getEntity()).detail()).isEqualTo("The field 'slug' has the wrong type");
    }
}
