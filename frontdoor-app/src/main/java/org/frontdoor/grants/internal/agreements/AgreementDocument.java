package org.frontdoor.grants.internal.agreements;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.frontdoor.grants.LondonTime;
import org.frontdoor.grants.Money;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A grant offer agreement rendered as an accessible PDF from an XHTML template.
 *
 * <p>The template ({@code grants/agreements/<name>.xhtml} on the classpath, {@value #DEFAULT_TEMPLATE}
 * unless another is named) is a Thymeleaf template in XML mode. It holds the layout and the terms;
 * the offer fills in the recipient, programme, funder, amount in pounds ("£12,345.00"), purpose,
 * payment schedule, reference and date of offer. Every value is inserted as escaped text, never
 * as markup or as an expression, so an applicant's "&lt;script&gt;" is printed as those characters.
 *
 * <p>The PDF is tagged (PDF/UA): headings, tables and lists are marked up for screen readers, its
 * title and language (en-GB) are set, and its one font (Liberation Sans, shipped inside PDFBox) is
 * embedded. The renderer fetches nothing from outside: images, style sheets and fonts named by a
 * template are refused. Thread-safe; build one and reuse it.
 */
public final class AgreementDocument {

    /** The template used when none is named. */
    public static final String DEFAULT_TEMPLATE = "grant-offer-agreement";

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String FONT_FAMILY = "Liberation Sans";
    // Characters XML 1.0 cannot carry; one in a pasted name would make the whole document unreadable.
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    static {
        XRLog.setLoggerImpl(new RendererLog());
    }

    private final SpringTemplateEngine templates;
    private final String templateName;

    /** Renders with {@value #DEFAULT_TEMPLATE}. */
    public AgreementDocument() {
        this(DEFAULT_TEMPLATE);
    }

    /** Renders with {@code grants/agreements/<templateName>.xhtml}. */
    public AgreementDocument(String templateName) {
        var resolver = new ClassLoaderTemplateResolver(AgreementDocument.class.getClassLoader());
        resolver.setPrefix("grants/agreements/");
        resolver.setSuffix(".xhtml");
        // XML mode: openhtmltopdf needs well-formed XHTML, and XML mode both requires and produces it.
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        // Spring's engine for its expression language (SpEL); no application context is needed.
        this.templates = new SpringTemplateEngine();
        this.templates.setTemplateResolver(resolver);
        this.templateName = templateName;
    }

    /** Writes the agreement as PDF to {@code out}; the stream is not closed. */
    public void render(GrantOffer offer, OutputStream out) {
        String xhtml = xhtml(offer);
        try {
            var pdf = new PdfRendererBuilder();
            pdf.useFastMode();
            pdf.usePdfUaAccessibility(true);
            pdf.useFont(AgreementDocument::font, FONT_FAMILY, 400, FontStyle.NORMAL, true);
            // Only the regular face ships with PDFBox; bold text uses it too rather than a
            // non-embedded standard font, which PDF/UA does not allow.
            pdf.useFont(AgreementDocument::font, FONT_FAMILY, 700, FontStyle.NORMAL, true);
            pdf.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            pdf.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            pdf.withProducer("Frontdoor");
            pdf.withHtmlContent(xhtml, null);
            pdf.toStream(out);
            pdf.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render agreement " + offer.reference(), e);
        }
    }

    /** The agreement as the bytes of a PDF file. */
    public byte[] render(GrantOffer offer) {
        var out = new ByteArrayOutputStream(64 * 1024);
        render(offer, out);
        return out.toByteArray();
    }

    /** The filled-in template, before it becomes PDF; for previews and tests. */
    String xhtml(GrantOffer offer) {
        var context = new Context(Locale.UK);
        context.setVariable("reference", text(offer.reference()));
        context.setVariable("offeredOn", LondonTime.date(offer.offeredOn()));
        context.setVariable("recipientName", text(offer.recipientName()));
        context.setVariable("organisationId", text(offer.organisationId()));
        context.setVariable("programme", text(offer.programmeName()));
        context.setVariable("funder", text(offer.funder()));
        context.setVariable("amount", Money.exact(offer.amountAwarded()));
        context.setVariable("purpose", text(offer.purpose()));
        context.setVariable("instalments", instalments(offer.schedule()));
        return templates.process(templateName, context);
    }

    // Maps of ready-made text, so the template only prints and never calls into domain types.
    private static List<Map<String, String>> instalments(List<Instalment> schedule) {
        return schedule.stream().map(instalment -> Map.of(
                "amount", Money.exact(instalment.amount()),
                "when", when(instalment))).toList();
    }

    private static String when(Instalment instalment) {
        String date = instalment.dueOn() == null ? null : LondonTime.date(instalment.dueOn());
        String condition = text(instalment.condition());
        if (date == null) {
            return condition;
        }
        return condition == null ? date : date + ", " + condition;
    }

    private static String text(String value) {
        return value == null ? null : NOT_XML.matcher(value).replaceAll("");
    }

    private static InputStream font() {
        InputStream in = AgreementDocument.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("PDFBox no longer ships " + FONT);
        }
        return in;
    }
}
