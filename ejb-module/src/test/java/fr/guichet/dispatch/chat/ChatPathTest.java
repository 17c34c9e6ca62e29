package fr.guichet.dispatch.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.access.service.KeyPrincipal;
import fr.guichet.access.service.TenantAccess;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.dispatch.domain.KeyScope;
import fr.guichet.dispatch.provider.ChatMessage;
import fr.guichet.dispatch.provider.ChatRequest;
import fr.guichet.dispatch.provider.ChatResponse;
import fr.guichet.dispatch.provider.ProviderAdapter;
import fr.guichet.dispatch.provider.ProviderAdapters;
import fr.guichet.dispatch.provider.ProviderEndpoint;
import fr.guichet.dispatch.provider.ProviderException;
import fr.guichet.dispatch.provider.ProviderKind;
import fr.guichet.dispatch.provider.ProviderStream;
import fr.guichet.dispatch.provider.StreamListener;
import fr.guichet.dispatch.provider.Usage;
import fr.guichet.dispatch.service.ProviderKeyService;
import fr.guichet.dispatch.service.ProviderView;
import fr.guichet.dispatch.service.ResolvedKey;
import fr.guichet.limits.domain.LimitRefusal;
import fr.guichet.limits.domain.RateStatus;
import fr.guichet.limits.domain.Reservation;
import fr.guichet.limits.service.AbuseGuard;
import fr.guichet.limits.service.Admission;
import fr.guichet.limits.service.LimitsConfig;
import fr.guichet.metering.domain.TokenCount;
import fr.guichet.metering.service.MeteredCall;
import fr.guichet.metering.service.UsageMeter;
import fr.guichet.tenancy.domain.TenantStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The chat path without a container: admission, route, quota and meter are fakes that record what they were asked;
 * the providers are fake adapters behind the real fallback loop, circuit breakers and key resolution.
 */
class ChatPathTest {

    private static final ProviderView FIRST = provider("p-1", "First");
    private static final ProviderView SECOND = provider("p-2", "Second");
    private static final RateStatus RATE = new RateStatus(true, 60, 59, 1_000_000_000L, 0);

    private final List<String> steps = new ArrayList<>();
    private final List<String> metered = new ArrayList<>();
    private final Map<String, FakeAdapter.Script> scripts = new java.util.HashMap<>();
    private List<Target> route = List.of(new Target(FIRST, "gpt-4o-mini"), new Target(SECOND, "gpt-4o-mini"));
    private RuntimeException refuseAdmission;
    private RuntimeException refuseQuota;
    private ChatPath path;

    private static ProviderView provider(String id, String name) {
        return new ProviderView(
                id,
                ProviderKind.OPENAI_COMPATIBLE,
                name,
                "http://" + id + ".test/v1",
                List.of("gpt-4o-mini"),
                true,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    @BeforeEach
    void wire() {
        path = new ChatPath();
        path.admission = new Admission() {
            @Override
            public RateStatus admit(KeyPrincipal caller) {
                steps.add("admit");
                if (refuseAdmission != null) {
                    throw refuseAdmission;
                }
                return RATE;
            }

            @Override
            public Reservation reserve(String tenantId, ZoneId zone, long tokens, BigDecimal costEur) {
                steps.add("reserve " + tokens + " tokens, " + costEur.toPlainString() + " EUR");
                if (refuseQuota != null) {
                    throw refuseQuota;
                }
                return new Reservation(tenantId, "2026-12", tokens, costEur);
            }
        };
        path.abuse = new AbuseGuard() {
            @Override
            public void used(KeyPrincipal caller, String address) {
                steps.add("used from " + address);
            }
        };
        path.planner = new RoutePlanner() {
            @Override
            List<Target> plan(String tenantId, String model, List<String> allowedModels) {
                steps.add("route " + model);
                if (model.equals("unknown")) {
                    throw new DomainException(ErrorCode.MODEL_NOT_FOUND, "no such model");
                }
                return route;
            }
        };
        path.limits = new LimitsConfig() {
            @Override
            public int defaultOutputReservation() {
                return 100;
            }
        };
        path.meter = new RecordingMeter();
        path.providers = attempts();
    }

    private ProviderAttempts attempts() {
        DispatchConfig config = new DispatchConfig();
        config.timeout = Duration.ofSeconds(5);
        config.firstByteTimeout = Duration.ofSeconds(5);
        config.cacheTtl = Duration.ofSeconds(5);
        config.circuitFailures = 3;
        config.circuitCalls = 5;
        config.circuitDelay = Duration.ofMinutes(1);
        config.circuitSuccesses = 1;
        ProviderAttempts attempts = new ProviderAttempts();
        attempts.config = config;
        attempts.calls = new ProviderCalls();
        attempts.circuits = new ProviderCircuits();
        attempts.circuits.config = config;
        attempts.circuits.clock = java.time.Clock.systemUTC();
        attempts.cache = new DispatchCache();
        attempts.cache.config = config;
        attempts.cache.init();
        attempts.keys = new ProviderKeyService() {
            @Override
            public ResolvedKey resolve(String providerId, String tenantId, String userId) {
                return new ResolvedKey("sk-" + providerId, KeyScope.GLOBAL);
            }
        };
        Map<ProviderKind, ProviderAdapter> adapters = new EnumMap<>(ProviderKind.class);
        for (ProviderKind kind : ProviderKind.values()) {
            adapters.put(kind, new FakeAdapter(scripts));
        }
        attempts.adapters = new ProviderAdapters(adapters);
        return attempts;
    }

    private static ChatCall call(String model, Integer maxTokens) {
        TenantAccess tenant =
                new TenantAccess("t-1", TenantStatus.ACTIVE, null, ZoneId.of("Europe/Paris"), "plan-1", "Pro", null);
        KeyPrincipal caller = new KeyPrincipal("k-1", "t-1", tenant, List.of(), null, null, null, null);
        ChatRequest request =
                new ChatRequest(model, List.of(ChatMessage.user("12345678")), null, null, maxTokens, List.of(), null);
        return new ChatCall("chatcmpl-1", caller, "192.0.2.7", request);
    }

    @Test
    @DisplayName("a served call goes admit → route → reserve → provider → meter, once each, in that order")
    void served() {
        scripts.put("p-1", FakeAdapter.Script.answer(new Usage(7, 3, false)));
        ChatResult result = path.complete(call("gpt-4o-mini", 50));

        assertThat(result.providerName()).isEqualTo("First");
        assertThat(result.fallbackUsed()).isFalse();
        assertThat(result.rate()).isEqualTo(RATE);
        // prompt of 8 characters = 2 tokens, plus max_tokens 50
        assertThat(steps)
                .containsExactly(
                        "admit", "used from 192.0.2.7", "route gpt-4o-mini", "reserve 52 tokens, 0.000052 EUR");
        assertThat(metered).containsExactly("served p-1 gpt-4o-mini 7+3 complete, reserved 52, fallback false");
    }

    @Test
    @DisplayName("a provider that fails before answering is replaced by the next one; the call is metered once")
    void fallback() {
        scripts.put("p-1", FakeAdapter.Script.fail(ProviderException.Failure.OVERLOADED, 503));
        scripts.put("p-2", FakeAdapter.Script.answer(new Usage(7, 3, false)));
        ChatResult result = path.complete(call("gpt-4o-mini", null));

        assertThat(result.providerName()).isEqualTo("Second");
        assertThat(result.fallbackUsed()).isTrue();
        assertThat(steps).contains("reserve 102 tokens, 0.000102 EUR"); // no max_tokens: the default 100
        assertThat(metered).containsExactly("served p-2 gpt-4o-mini 7+3 complete, reserved 102, fallback true");
    }

    @Test
    @DisplayName("when no provider answers the client gets one error and the call is metered as failed")
    void noProvider() {
        scripts.put("p-1", FakeAdapter.Script.fail(ProviderException.Failure.SERVER_ERROR, 500));
        scripts.put("p-2", FakeAdapter.Script.fail(ProviderException.Failure.TIMEOUT, 0));

        assertThatThrownBy(() -> path.complete(call("gpt-4o-mini", 50)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE))
                .hasMessageContaining("First: server error (500)")
                .hasMessageContaining("Second: timeout");
        assertThat(metered).containsExactly("failed p-2 gpt-4o-mini, reserved 52, fallback true");
    }

    @Test
    @DisplayName("a request the provider rejects is not tried elsewhere, and is metered as failed on that provider")
    void rejected() {
        scripts.put("p-1", FakeAdapter.Script.fail(ProviderException.Failure.INVALID_REQUEST, 400));
        scripts.put("p-2", FakeAdapter.Script.answer(new Usage(1, 1, false)));

        assertThatThrownBy(() -> path.complete(call("gpt-4o-mini", 50)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_REJECTED));
        assertThat(metered).containsExactly("failed p-1 gpt-4o-mini, reserved 52, fallback false");
        assertThat(scripts.get("p-2").calls).isZero();
    }

    @Test
    @DisplayName("an unknown model and a used-up quota are refused before any provider, and metered with the reason")
    void refused() {
        assertThatThrownBy(() -> path.complete(call("unknown", 50))).isInstanceOf(DomainException.class);
        refuseQuota = new LimitRefusal(ErrorCode.INSUFFICIENT_QUOTA, "used up", null, null);
        assertThatThrownBy(() -> path.complete(call("gpt-4o-mini", 50))).isSameAs(refuseQuota);

        assertThat(metered)
                .containsExactly(
                        "refused unknown model_not_found, reserved none",
                        "refused gpt-4o-mini insufficient_quota, " + "reserved none");
    }

    @Test
    @DisplayName("a call refused at admission (standing, rate) goes no further and writes no usage event")
    void notAdmitted() {
        refuseAdmission = new LimitRefusal(ErrorCode.RATE_LIMIT_EXCEEDED, "slow down", Duration.ofSeconds(2), RATE);
        assertThatThrownBy(() -> path.complete(call("gpt-4o-mini", 50))).isSameAs(refuseAdmission);
        assertThat(steps).containsExactly("admit");
        assertThat(metered).isEmpty();
    }

    @Test
    @DisplayName("a stream is metered once, when it ends, with the usage the provider reported")
    void stream() {
        scripts.put("p-1", FakeAdapter.Script.answer(new Usage(4, 2, false)));
        try (ChatStream stream = path.stream(call("gpt-4o-mini", 50))) {
            assertThat(stream.providerName()).isEqualTo("First");
            assertThat(metered).isEmpty();
            StreamEvent event;
            List<StreamEvent> events = new ArrayList<>();
            while ((event = stream.next()) != null) {
                events.add(event);
            }
            assertThat(events).last().isInstanceOf(StreamEvent.Completed.class);
        }
        assertThat(metered).containsExactly("served p-1 gpt-4o-mini 4+2 complete, reserved 52, fallback false");
    }

    /** Records each metering as one line; prices every token at 1 EUR per million. */
    private final class RecordingMeter extends UsageMeter {

        @Override
        public BigDecimal cost(String providerId, String model, TokenCount tokens) {
            return BigDecimal.valueOf(tokens.total()).movePointLeft(6);
        }

        @Override
        public void served(
                MeteredCall call,
                String providerId,
                String model,
                TokenCount used,
                boolean complete,
                boolean fallback) {
            metered.add("served " + providerId + " " + model + " " + used.input() + "+" + used.output()
                    + (complete ? " complete" : " interrupted") + reserved(call) + ", fallback " + fallback);
        }

        @Override
        public void failed(MeteredCall call, Optional<String> providerId, String model, boolean fallback) {
            metered.add(
                    "failed " + providerId.orElse("none") + " " + model + reserved(call) + ", fallback " + fallback);
        }

        @Override
        public void refused(MeteredCall call, String model, ErrorCode reason) {
            metered.add("refused " + model + " " + reason.wireName() + reserved(call));
        }

        private String reserved(MeteredCall call) {
            return ", reserved "
                    + call.reservation().map(r -> String.valueOf(r.tokens())).orElse("none");
        }
    }

    /** A provider that answers or fails as scripted for its base URL's host. */
    private record FakeAdapter(Map<String, Script> scripts) implements ProviderAdapter {

        static final class Script {
            final Usage usage;
            final ProviderException.Failure failure;
            final int status;
            int calls;

            private Script(Usage usage, ProviderException.Failure failure, int status) {
                this.usage = usage;
                this.failure = failure;
                this.status = status;
            }

            static Script answer(Usage usage) {
                return new Script(usage, null, 200);
            }

            static Script fail(ProviderException.Failure failure, int status) {
                return new Script(null, failure, status);
            }
        }

        private Script script(ProviderEndpoint endpoint) {
            String host = java.net.URI.create(endpoint.baseUrl()).getHost();
            Script script = scripts.get(host.substring(0, host.indexOf('.')));
            script.calls++;
            if (script.failure != null) {
                throw new ProviderException(ProviderKind.OPENAI_COMPATIBLE, script.failure, script.status, "scripted");
            }
            return script;
        }

        @Override
        public ChatResponse complete(ProviderEndpoint endpoint, ChatRequest request) {
            Script script = script(endpoint);
            return new ChatResponse("r-1", request.model(), "Bonjour", "stop", script.usage);
        }

        @Override
        public ProviderStream open(ProviderEndpoint endpoint, ChatRequest request, StreamListener listener) {
            Script script = script(endpoint);
            return new ProviderStream() {
                private int line;

                @Override
                public boolean advance() {
                    switch (line++) {
                        case 0 -> listener.onDelta("Bon");
                        case 1 -> listener.onDelta("jour");
                        default -> {
                            listener.onComplete("stop", script.usage);
                            return false;
                        }
                    }
                    return true;
                }

                @Override
                public boolean ready() {
                    return true;
                }

                @Override
                public void close() {}
            };
        }

        @Override
        public List<String> listModels(ProviderEndpoint endpoint) {
            return List.of(request().model());
        }

        private static ChatRequest request() {
            return ChatRequest.of("gpt-4o-mini", List.of(ChatMessage.user("hi")));
        }
    }
}
