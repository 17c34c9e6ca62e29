package fr.guichet.licensing.view;

import fr.guichet.licensing.service.GeneratedBatch;
import fr.guichet.licensing.service.GeneratedLicense;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The keys of a generation, held for the one response that shows them: request scoped, so they are never kept in
 * the session or the view state, and no later response can show them again.
 */
@Named
@RequestScoped
public class IssuedLicenses {

    private GeneratedBatch batch;

    public void hold(GeneratedBatch generated) {
        this.batch = generated;
    }

    public boolean isPresent() {
        return batch != null;
    }

    public List<GeneratedLicense> getLicenses() {
        return batch == null ? List.of() : batch.licenses();
    }

    public String getBatchId() {
        return batch == null ? null : batch.batchId();
    }

    /** The keys one a line, for copying. */
    public String getKeysText() {
        return String.join("\n", getLicenses().stream().map(GeneratedLicense::key).toList());
    }
}
