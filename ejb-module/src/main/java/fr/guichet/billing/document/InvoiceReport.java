package fr.guichet.billing.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import net.sf.jasperreports.repo.InputStreamResource;
import net.sf.jasperreports.repo.RepositoryService;
import net.sf.jasperreports.repo.Resource;

/**
 * Fills the compiled invoice template ({@code invoice.jasper}, compiled at build time: no Java compiler is needed
 * here) with an {@link InvoiceSheet} and exports it as PDF/A-3B. Its own JasperReports context makes every text
 * DejaVu Sans, embedded with Identity-H encoding (a single non-embedded standard font would fail PDF/A), and serves
 * the sRGB ICC profile of the output intent from the JDK's own {@link ICC_Profile}. Thread-safe: the template and
 * the context are read-only once built.
 */
final class InvoiceReport {

    private static final String TEMPLATE = "invoice.jasper";
    private static final String ICC_PROFILE = "guichet:srgb.icc";
    private static final String PROPERTY = "net.sf.jasperreports.";

    private final SimpleJasperReportsContext context = new SimpleJasperReportsContext();
    private final JasperReport template;

    InvoiceReport() {
        context.setProperty(PROPERTY + "default.font.name", "DejaVu Sans");
        context.setProperty(PROPERTY + "default.pdf.font.name", "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf");
        context.setProperty(PROPERTY + "default.pdf.encoding", "Identity-H");
        context.setProperty(PROPERTY + "default.pdf.embedded", "true");
        context.setExtensions(RepositoryService.class, List.of(new IccProfileService()));
        try (InputStream compiled = InvoiceReport.class.getResourceAsStream(TEMPLATE)) {
            if (compiled == null) {
                throw new IllegalStateException(TEMPLATE + " is missing: the build compiles it (CompileTemplates)");
            }
            template = (JasperReport) JRLoader.loadObject(context, compiled);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("cannot load " + TEMPLATE, e);
        }
    }

    /**
     * The PDF/A-3B of one sheet.
     *
     * @param title the PDF's title (its metadata), e.g. "Facture INV-2026-000123"
     * @param author the PDF's author, the seller
     */
    byte[] pdf(InvoiceSheet sheet, PdfLabels labels, String title, String author) throws JRException {
        Map<String, Object> parameters = new HashMap<>(sheet.parameters());
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels.bundle());
        parameters.put(JRParameter.REPORT_LOCALE, labels.locale());
        JasperPrint print = JasperFillManager.getInstance(context)
                .fill(template, parameters, new JRMapCollectionDataSource(sheet.rows()));

        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_3B);
        configuration.setIccProfilePath(ICC_PROFILE);
        configuration.setMetadataTitle(title);
        configuration.setMetadataAuthor(author);
        configuration.setMetadataCreator("Guichet");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return pdf.toByteArray();
    }

    /** Serves the sRGB profile (the PDF/A output intent) under {@link #ICC_PROFILE}, and nothing else. */
    private static final class IccProfileService implements RepositoryService {

        private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

        @Override
        public Resource getResource(String uri) {
            return getResource(uri, InputStreamResource.class);
        }

        @Override
        public <K extends Resource> K getResource(String uri, Class<K> resourceType) {
            if (!ICC_PROFILE.equals(uri) || !resourceType.isAssignableFrom(InputStreamResource.class)) {
                return null;
            }
            InputStreamResource resource = new InputStreamResource();
            resource.setInputStream(new ByteArrayInputStream(srgb));
            return resourceType.cast(resource);
        }

        @Override
        public void saveResource(String uri, Resource resource) {
            throw new UnsupportedOperationException("read-only");
        }
    }
}
