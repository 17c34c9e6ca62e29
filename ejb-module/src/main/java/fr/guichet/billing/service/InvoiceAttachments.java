package fr.guichet.billing.service;

import fr.guichet.notify.service.MailAttachments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Gives the outbox an issued invoice's documents for {@code invoice:<id>:pdf} and {@code invoice:<id>:facturx}. */
@ApplicationScoped
public class InvoiceAttachments implements MailAttachments {

    static final String PDF = "pdf";
    static final String FACTURX = "facturx";
    private static final String PREFIX = "invoice:";

    @Inject
    InvoiceFiles files;

    static String ref(String invoiceId, String document) {
        return PREFIX + invoiceId + ":" + document;
    }

    @Override
    public Optional<Attachment> resolve(String ref) {
        if (ref == null || !ref.startsWith(PREFIX) || ref.lastIndexOf(':') <= PREFIX.length()) {
            return Optional.empty();
        }
        String invoiceId = ref.substring(PREFIX.length(), ref.lastIndexOf(':'));
        String document = ref.substring(ref.lastIndexOf(':') + 1);
        return switch (document) {
            case PDF -> {
                InvoiceFiles.Document pdf = files.pdf(null, invoiceId);
                yield Optional.of(new Attachment(pdf.fileName(), "application/pdf", pdf.bytes()));
            }
            case FACTURX -> {
                InvoiceFiles.Document xml = files.facturX(null, invoiceId);
                yield Optional.of(new Attachment(xml.fileName(), "application/xml", xml.bytes()));
            }
            default -> Optional.empty();
        };
    }
}
