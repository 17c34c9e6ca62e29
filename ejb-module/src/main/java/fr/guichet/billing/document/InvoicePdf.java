package fr.guichet.billing.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import net.sf.jasperreports.engine.JRException;
import org.mustangproject.ZUGFeRD.IZUGFeRDExporter;
import org.mustangproject.ZUGFeRD.PDFAConformanceLevel;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromPDFA;

/**
 * Renders an issued invoice or credit note once, at issue, as the PDF/A-3B that is stored and sent: the page drawn by
 * JasperReports in the document's language ({@link InvoiceSheet}, {@link InvoiceReport}) with its Factur-X XML of
 * profile EN 16931 ({@link FacturX}) embedded by Mustang. The same XML is handed back beside the PDF, and
 * {@link #facturX} gives it alone. The renderer prints and declares what the document says and computes no amount;
 * it refuses a document whose lines or totals the XML would contradict. No two renders are byte-identical (dates
 * and identifiers in the PDF's metadata): render once, store the bytes.
 *
 * <p>Plain Java, usable with {@code new}; one instance is enough (loading the compiled template is the costly part)
 * and it is safe for concurrent use.
 */
@ApplicationScoped
public class InvoicePdf {

    private static final System.Logger LOG = System.getLogger(InvoicePdf.class.getName());

    private volatile InvoiceReport report;

    /**
     * The stored forms of one document.
     *
     * @param pdf the PDF/A-3B with {@code factur-x.xml} embedded
     * @param xml that same Factur-X XML (CII, EN 16931)
     */
    public record Rendered(byte[] pdf, byte[] xml) {}

    /** The PDF/A-3B of the document, with its Factur-X XML embedded, and that XML. */
    public Rendered render(InvoiceDocument document) {
        long start = System.nanoTime();
        PdfLabels labels = PdfLabels.of(document.language());
        byte[] xml = FacturX.xml(document, labels);
        String title =
                labels.text(document.kind() == InvoiceDocument.Kind.CREDIT_NOTE ? "title.creditNote" : "title.invoice")
                        + " " + document.number();
        try {
            byte[] page = report().pdf(
                            InvoiceSheet.of(document, labels),
                            labels,
                            title,
                            document.seller().name());
            byte[] pdf = embed(page, xml);
            LOG.log(
                    Level.DEBUG,
                    "Rendered {0}: {1} bytes of PDF in {2} ms",
                    document.number(),
                    pdf.length,
                    (System.nanoTime() - start) / 1_000_000);
            return new Rendered(pdf, xml);
        } catch (JRException | IOException e) {
            throw new IllegalStateException("cannot render " + document.number(), e);
        }
    }

    /** The Factur-X XML (CII, profile EN 16931) of the document alone. */
    public byte[] facturX(InvoiceDocument document) {
        return FacturX.xml(document, PdfLabels.of(document.language()));
    }

    private static byte[] embed(byte[] pdfA, byte[] xml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdfA.length + xml.length + 16_384);
        try (IZUGFeRDExporter exporter = new ZUGFeRDExporterFromPDFA().load(pdfA)) {
            exporter.setProfile(FacturX.EN16931);
            exporter.setConformanceLevel(PDFAConformanceLevel.BASIC);
            exporter.setCreator("Guichet");
            exporter.setProducer("Guichet");
            exporter.setXML(xml);
            exporter.export(out);
        }
        return out.toByteArray();
    }

    private InvoiceReport report() {
        InvoiceReport loaded = report;
        if (loaded == null) {
            synchronized (this) {
                loaded = report;
                if (loaded == null) {
                    loaded = new InvoiceReport();
                    report = loaded;
                }
            }
        }
        return loaded;
    }
}
