package fr.guichet.licensing.service;

import java.util.List;

/** The keys of one generation, in order, with the batch id that lists them later. */
public record GeneratedBatch(String batchId, List<GeneratedLicense> licenses) {

    public GeneratedBatch {
        licenses = List.copyOf(licenses);
    }
}
