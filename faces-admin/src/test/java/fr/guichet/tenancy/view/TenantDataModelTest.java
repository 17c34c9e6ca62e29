package fr.guichet.tenancy.view;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.tenancy.domain.TenantStatus;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TenantDataModelTest {

    /** A service double that records the searches and answers with a fixed total. */
    static final class RecordingTenants extends TenantService {
        final List<String> calls = new ArrayList<>();
        final long total;

        RecordingTenants(long total) {
            this.total = total;
        }

        @Override
        public Page<TenantView> search(String status, String text, PageRequest page) {
            calls.add(status + "|" + text + "|" + page.page() + "|" + page.size());
            return new Page<>(List.of(tenant("t-" + page.page())), page.page(), page.size(), total);
        }
    }

    static TenantView tenant(String id) {
        return new TenantView(
                id,
                "Acme",
                "acme",
                "ops@acme.test",
                TenantStatus.TRIAL,
                null,
                "Europe/Paris",
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                null,
                "fr",
                null);
    }

    @Test
    @DisplayName("the table's first row and page size become a zero-based page")
    void pageFromFirstRow() {
        RecordingTenants tenants = new RecordingTenants(42);
        TenantDataModel model = new TenantDataModel(tenants, () -> new TenantDataModel.Query("active", "ac"));

        model.load(40, 20, Map.of(), Map.of());

        assertThat(tenants.calls).containsExactly("active|ac|2|20");
    }

    @Test
    @DisplayName("page sizes above the service's maximum are capped")
    void sizeCapped() {
        RecordingTenants tenants = new RecordingTenants(0);
        TenantDataModel model = new TenantDataModel(tenants, () -> TenantDataModel.Query.ANY);

        model.load(0, 500, Map.of(), Map.of());

        assertThat(tenants.calls).containsExactly("null|null|0|" + PageRequest.MAX_SIZE);
    }

    @Test
    @DisplayName("the count is the total of the current criteria")
    void countIsTotal() {
        RecordingTenants tenants = new RecordingTenants(137);
        TenantDataModel model = new TenantDataModel(tenants, () -> new TenantDataModel.Query("trial", null));

        assertThat(model.count(Map.of())).isEqualTo(137);
        assertThat(tenants.calls).containsExactly("trial|null|0|1");
    }

    @Test
    @DisplayName("criteria are read at each load, so a new search applies to the next page shown")
    void criteriaReadAtLoad() {
        RecordingTenants tenants = new RecordingTenants(1);
        TenantDataModel.Query[] applied = {TenantDataModel.Query.ANY};
        TenantDataModel model = new TenantDataModel(tenants, () -> applied[0]);

        model.load(0, 10, Map.of(), Map.of());
        applied[0] = new TenantDataModel.Query("suspended", null);
        model.load(0, 10, Map.of(), Map.of());

        assertThat(tenants.calls).containsExactly("null|null|0|10", "suspended|null|0|10");
    }

    @Test
    @DisplayName("rows are keyed by tenant id")
    void rowKey() {
        TenantDataModel model = new TenantDataModel(new RecordingTenants(1), () -> TenantDataModel.Query.ANY);
        model.setWrappedData(model.load(0, 10, Map.of(), Map.of()));

        assertThat(model.getRowKey(tenant("abc"))).isEqualTo("abc");
        assertThat(model.getRowData("t-0")).isNotNull();
        assertThat(model.getRowData("elsewhere")).isNull();
    }
}
