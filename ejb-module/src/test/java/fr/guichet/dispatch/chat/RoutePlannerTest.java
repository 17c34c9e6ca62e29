package fr.guichet.dispatch.chat;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.access.service.PlanService;
import fr.guichet.dispatch.provider.ProviderKind;
import fr.guichet.dispatch.service.ProviderService;
import fr.guichet.dispatch.service.ProviderView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoutePlannerTest {

    private static ProviderView provider(String id, String name) {
        return new ProviderView(
                id,
                ProviderKind.OPENAI_COMPATIBLE,
                name,
                "http://localhost/v1",
                List.of("m"),
                true,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    private static final ProviderView OPENAI = provider("p-openai", "OpenAI");
    private static final ProviderView OLLAMA = provider("p-ollama", "Ollama");
    private static final ProviderView ANTHROPIC = provider("p-anthropic", "Anthropic");

    /** A planner whose enabled providers and per-tenant plan chains are given. */
    private static RoutePlanner planner(List<ProviderView> enabled, Map<String, List<String>> chains) {
        RoutePlanner planner = new RoutePlanner();
        planner.config = new DispatchConfig();
        planner.config.defaultChain = List.of("OpenAI", " ollama ");
        planner.config.cacheTtl = java.time.Duration.ZERO;
        planner.cache = new DispatchCache();
        planner.cache.config = planner.config;
        planner.cache.init();
        planner.providers = new ProviderService() {
            @Override
            public List<ProviderView> listEnabled() {
                return enabled;
            }
        };
        planner.plans = new PlanService() {
            @Override
            public Optional<List<String>> chainFor(String tenantId) {
                return Optional.ofNullable(chains.get(tenantId));
            }
        };
        return planner;
    }

    @Test
    @DisplayName("a tenant on a plan goes through its plan's chain, in the plan's order")
    void planChain() {
        RoutePlanner planner =
                planner(List.of(ANTHROPIC, OLLAMA, OPENAI), Map.of("t1", List.of("p-ollama", "p-anthropic")));
        assertThat(planner.chain("t1")).containsExactly(OLLAMA, ANTHROPIC);
    }

    @Test
    @DisplayName("a disabled (or vanished) provider of a plan's chain is skipped")
    void disabledSkipped() {
        RoutePlanner planner = planner(List.of(OLLAMA), Map.of("t1", List.of("p-openai", "p-ollama", "p-gone")));
        assertThat(planner.chain("t1")).containsExactly(OLLAMA);
    }

    @Test
    @DisplayName("a tenant without a plan uses the default chain from configuration, by name")
    void defaultChain() {
        RoutePlanner planner = planner(List.of(ANTHROPIC, OLLAMA, OPENAI), Map.of("t1", List.of("p-anthropic")));
        assertThat(planner.chain("t2")).containsExactly(OPENAI, OLLAMA);
    }
}
