package org.frontdoor.grants.internal.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes awarded grants as the spreadsheet-style 360Giving CSV: one row per grant, headed with the
 * column titles of the standard's 2023 titles template, so the 360Giving Data Quality Tool and
 * GrantNav read it as they read a funder's spreadsheet. Quoting follows RFC 4180 and lines end in
 * CRLF. A cell that a spreadsheet would run as a formula ({@code = + - @}, tab or carriage return
 * first) gets a leading apostrophe, because these files are opened in spreadsheets by the public.
 */
final class ThreeSixtyGivingCsv implements AutoCloseable {

    static final List<String> COLUMNS = List.of("Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date",
            "Recipient Ind:Identifier", "Recipient Ind:Name", "Recipient Org:Identifier", "Recipient Org:Name",
            "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Code", "Grant Programme:Title", "Last Modified");

    private final Writer out;

    ThreeSixtyGivingCsv(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        row(COLUMNS);
    }

    void write(AwardedGrant grant) {
        var individual = grant.toIndividual();
        // Amounts are positive (the database refuses others), so guarding every cell never touches them.
        row(List.of(grant.grantId(), grant.title(), grant.description(), "GBP", grant.amountAwarded().toPlainString(),
                grant.awardDate().toString(),
                individual ? grant.individualId() : "", individual ? AwardedGrant.INDIVIDUAL_NAME : "",
                individual ? "" : grant.orgId(), individual ? "" : grant.orgName(),
                grant.funderOrgId(), grant.funderName(), grant.programmeId(), grant.programmeName(), grant.dateModified()));
    }

    private void row(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quoted(guarded(cells.get(i))));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A spreadsheet runs a cell starting with one of these as a formula (CSV injection). */
    static String guarded(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, and its quotes doubled. */
    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** Flushes what is written; the stream stays open for its owner (the web server) to close. */
    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
