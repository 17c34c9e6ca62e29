package fr.guichet.billing.document;

import static fr.guichet.billing.document.InvoiceDocuments.frenchBusiness;
import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.billing.document.InvoiceDocument.VatTreatment;
import fr.guichet.billing.document.InvoicePdf.Rendered;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvoicePdfTest {

    /** One renderer for all: loading the compiled template is its costly part. */
    private static final InvoicePdf PDF = new InvoicePdf();

    @Test
    @DisplayName("a French business invoice prints every mandatory mention, amounts in French style")
    void frenchMentions() throws IOException {
        byte[] pdf = PDF.render(frenchBusiness().build()).pdf();
        String text = text(pdf);

        assertThat(text)
                .contains("Facture", "N° INV-2026-000123", "Date d'émission : 15/01/2026")
                // the seller's legal identity
                .contains("Guichet Solutions", "12 rue de la Paix", "75002 Paris", "France")
                .contains("SAS au capital de 10 000 €", "SIREN 123456782", "SIRET 12345678200010")
                .contains("RCS Paris 123 456 782", "N° TVA intracommunautaire : FR11123456782")
                // the buyer
                .contains("Atelier Dupont SARL", "5 avenue Jean Jaurès", "Bâtiment B", "69007 Lyon")
                .contains("SIREN : 987654324", "N° TVA intracommunautaire : FR14987654324")
                // the operation
                .contains("Période : du 01/12/2025 au 31/12/2025")
                .contains("Nature de l'opération : Prestation de services")
                // the lines: description, quantity, unit price HT, VAT rate, amount HT
                .contains("Abonnement Guichet Pro", "1 mois", "1 200,00 €", "20 %")
                .contains("Appels API au-delà du forfait", "12 345", "0,0125 €", "154,31 €")
                .contains("Remise fidélité", "-1", "120,00 €", "-120,00 €")
                // the totals
                .contains("Total HT", "1 234,31 €", "TVA 20 %", "246,86 €", "Total TTC", "1 481,17 €")
                .contains("Déjà réglé", "100,00 €", "Net à payer", "1 381,17 €")
                // payment and the mentions owed to a business buyer
                .contains("Date d'échéance : 14/02/2026", "Conditions de paiement : Virement à 30 jours")
                .contains("Pénalités de retard : 3 fois le taux d'intérêt légal")
                .contains("Indemnité forfaitaire pour frais de recouvrement : 40 €")
                .contains("Pas d'escompte pour paiement anticipé")
                .contains("IBAN : FR7630006000011234567890189", "BIC : AGRIFRPPXXX")
                .doesNotContain("Autoliquidation", "259-1", "Avoir sur la facture");
        // each value beside its label, each line on one row
        assertThat(text(pdf, true))
                .contains("Abonnement Guichet Pro 1 mois 1 200,00 € 20 % 1 200,00 €")
                .contains("Remise fidélité -1 120,00 € 20 % -120,00 €")
                .contains("Total HT 1 234,31 €", "TVA 20 % 246,86 €", "Total TTC 1 481,17 €")
                .contains("Déjà réglé 100,00 €", "Net à payer 1 381,17 €");
    }

    @Test
    @DisplayName("a French business invoice is a valid PDF/A-3 with a valid Factur-X, its XML embedded as is")
    void frenchValid() throws IOException {
        Rendered rendered = PDF.render(frenchBusiness().build());

        FacturXReport.validate(rendered.pdf(), "INV-2026-000123.pdf").assertValid();
        assertThat(embedded(rendered.pdf())).containsKey("factur-x.xml");
        assertThat(embedded(rendered.pdf()).get("factur-x.xml")).isEqualTo(rendered.xml());
        assertThat(rendered.pdf()).startsWith("%PDF-".getBytes());
    }

    static Stream<Arguments> otherCases() {
        return Stream.of(
                Arguments.of(
                        "EU reverse charge: a German business, in French",
                        InvoiceDocuments.invoice()
                                .buyer(InvoiceDocuments.GERMAN_BUSINESS, VatTreatment.EU_REVERSE_CHARGE)
                                .line("Abonnement Guichet Pro", "1", "MON", "1200.00", "0.00")
                                .line("Remise de lancement", "-1", "C62", "200.00", "0.00")
                                .build(),
                        List.of(
                                "Müller Software GmbH",
                                "Hauptstraße 1",
                                "10115 Berlin",
                                "Allemagne",
                                "N° TVA intracommunautaire : DE123456789",
                                "Autoliquidation",
                                "Reverse charge",
                                "TVA 0 %",
                                "1 000,00 €",
                                "Indemnité forfaitaire pour frais de recouvrement : 40 €")),
                Arguments.of(
                        "outside the EU: an American business, in English",
                        InvoiceDocuments.invoice()
                                .language(Locale.ENGLISH)
                                .buyer(InvoiceDocuments.AMERICAN_BUSINESS, VatTreatment.OUTSIDE_EU)
                                .line("Guichet Pro subscription", "3", "MON", "1500.00", "0.00")
                                .build(),
                        List.of(
                                "Invoice",
                                "Acme Analytics Inc.",
                                "94105 San Francisco",
                                "United States",
                                "Not subject to French VAT, article 259-1 of the French tax code",
                                "3 month",
                                "€1,500.00",
                                "€4,500.00",
                                "VAT 0%")),
                Arguments.of(
                        "in English: a French business at 20 %",
                        frenchBusiness().language(Locale.ENGLISH).build(),
                        List.of(
                                "Invoice",
                                "No. INV-2026-000123",
                                "Issue date: 15 January 2026",
                                "Due date: 14 February 2026",
                                "Service period: 1 December 2025 to 31 December 2025",
                                "Type of operation: Provision of services",
                                "SAS with a share capital of 10 000 €",
                                "VAT number: FR11123456782",
                                "Bill to",
                                "VAT number: FR14987654324",
                                "12,345",
                                "€1,200.00",
                                "-€120.00",
                                "Total excl. VAT",
                                "€1,234.31",
                                "VAT 20%",
                                "€246.86",
                                "Total incl. VAT",
                                "€1,481.17",
                                "Prepaid",
                                "Amount due",
                                "€1,381.17",
                                "Payment terms: Virement à 30 jours",
                                "Late payment penalties: 3 fois le taux d'intérêt légal",
                                "Fixed compensation for recovery costs: €40",
                                "No discount for early payment")),
                Arguments.of(
                        "a credit note, which names the invoice it corrects",
                        InvoiceDocuments.invoice()
                                .creditNote("AV-2026-000007", "INV-2026-000100", LocalDate.of(2025, 12, 15))
                                .line("Remboursement partiel de décembre", "0.5", "MON", "1200.00", "20.00")
                                .build(),
                        List.of(
                                "Avoir",
                                "N° AV-2026-000007",
                                "Avoir sur la facture INV-2026-000100 du 15/12/2025",
                                "0,5 mois",
                                "600,00 €",
                                "720,00 €",
                                "Net en votre faveur")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherCases")
    @DisplayName("each case is a valid PDF/A-3 with a valid Factur-X and prints its own mentions")
    void otherCasesValid(String name, InvoiceDocument document, List<String> mentions) throws IOException {
        Rendered rendered = PDF.render(document);

        FacturXReport.validate(rendered.pdf(), document.number() + ".pdf").assertValid();
        assertThat(text(rendered.pdf())).contains(mentions);
    }

    static String text(byte[] pdf) throws IOException {
        return text(pdf, false);
    }

    /**
     * The PDF's text, in content order or, {@code byPosition}, as read on the page line by line (so that a label is
     * followed by the value printed beside it), every run of white space (no-break spaces included) made one space.
     */
    static String text(byte[] pdf, boolean byPosition) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            return stripper.getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " ");
        }
    }

    /** The files embedded in the PDF, by name. */
    static Map<String, byte[]> embedded(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, PDComplexFileSpecification> files =
                    document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            Map<String, byte[]> contents = new HashMap<>();
            for (Map.Entry<String, PDComplexFileSpecification> file : files.entrySet()) {
                contents.put(file.getKey(), file.getValue().getEmbeddedFile().toByteArray());
            }
            return contents;
        }
    }
}
