package org.frontdoor.grants.internal.opendata;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites the shapes older 360Giving files were published in to the standard's own, before the
 * schema checks them. Real files (converted from funders' spreadsheets years ago) write dates as
 * {@code 17/03/2014}, {@code 08/2013}, {@code 19 April 2013} or {@code 2014-07-16 13:50:00.000000},
 * durations as {@code "12 months"}, and GrantNav's "stack" exports flatten organisations into
 * {@code RecipientOrgIdentifier}/{@code FundingOrgName} columns. Each of these has one reading, so
 * it is rewritten; anything else is left exactly as it was for the schema to report.
 *
 * <p>Dates with slashes are read day first: these are UK funders' files. A month without a day
 * ({@code 08/2013}) becomes the first of that month. Times without a zone are UK local time.
 *
 * <p>Web links written without their scheme ({@code www.example.org.uk}) get {@code http://}. A
 * link that is still not a link ({@code "see our website"}) and a duration that is a placeholder
 * ({@code "Undefined"}) are left out of the checked copy: they are optional, and refusing a whole
 * grant over them would lose its amount and recipient. The stored record keeps them as published.
 */
final class LegacyGrantShapes {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_LOCAL_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: (\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern DAY_MONTH_NAME_YEAR = Pattern.compile("\\d{1,2} [A-Za-z]+ \\d{4}");
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    /** Seconds always written: RFC 3339 requires them, and OffsetDateTime.toString() leaves zero seconds out. */
    static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final Pattern HOST_FIRST = Pattern.compile("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+(/\\S*)?");
    private static final Pattern MONTHS = Pattern.compile("(\\d+)(?:\\s*months?)?", Pattern.CASE_INSENSITIVE);

    private LegacyGrantShapes() {
    }

    /** The grant in the standard's shapes; a new node, the one read from the file is left as it was. */
    static ObjectNode standardised(ObjectNode published) {
        var grant = published.deepCopy();
        organisation(grant, "recipientOrganization", "RecipientOrgIdentifier", "RecipientOrgName");
        organisation(grant, "fundingOrganization", "FundingOrgIdentifier", "FundingOrgName");
        date(grant, "awardDate", false);
        date(grant, "dateModified", true);
        link(grant);
        for (var list : new String[] {"recipientOrganization", "fundingOrganization", "grantProgramme"}) {
            for (var item : grant.path(list)) {
                if (item instanceof ObjectNode object) {
                    link(object);
                }
            }
        }
        for (var period : new String[] {"plannedDates", "actualDates"}) {
            for (var dates : grant.path(period)) {
                if (dates instanceof ObjectNode object) {
                    date(object, "startDate", false);
                    date(object, "endDate", false);
                    duration(object);
                }
            }
        }
        return grant;
    }

    /** A flat pair of columns becomes the standard's one-organisation array, when the array is not there already. */
    private static void organisation(ObjectNode grant, String standard, String idColumn, String nameColumn) {
        if (grant.has(standard) || !grant.has(idColumn)) {
            return;
        }
        var organisation = grant.putArray(standard).addObject();
        organisation.set("id", grant.get(idColumn));
        if (grant.has(nameColumn)) {
            organisation.set("name", grant.get(nameColumn));
        }
    }

    private static void date(ObjectNode holder, String field, boolean dateTime) {
        var value = holder.get(field);
        if (value == null || !value.isString()) {
            return;
        }
        var rewritten = dateTime ? isoDateTime(value.asString().strip()) : isoDate(value.asString().strip());
        if (rewritten != null) {
            holder.put(field, rewritten);
        }
    }

    /** The date as YYYY-MM-DD, or null when it is already standard or cannot be read. */
    static String isoDate(String text) {
        var local = localDateTime(text);
        return local == null || ISO_DATE.matcher(text).matches() ? null : local.toLocalDate().toString();
    }

    /** The moment as an ISO date-time with the UK offset of that day, or null when it is already standard or unreadable. */
    static String isoDateTime(String text) {
        var local = localDateTime(text);
        return local == null ? null : RFC_3339.format(local.atZone(UK));
    }

    private static LocalDateTime localDateTime(String text) {
        try {
            if (ISO_DATE.matcher(text).matches()) {
                return LocalDate.parse(text).atStartOfDay();
            }
            Matcher m = ISO_LOCAL_DATE_TIME.matcher(text);
            if (m.matches()) {
                return LocalDate.parse(m.group(1)).atTime(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
            }
            m = DAY_MONTH_YEAR.matcher(text);
            if (m.matches()) {
                var date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                var time = m.group(4) == null ? LocalTime.MIDNIGHT
                        : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return date.atTime(time);
            }
            m = MONTH_YEAR.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), 1).atStartOfDay();
            }
            if (DAY_MONTH_NAME_YEAR.matcher(text).matches()) {
                return LocalDate.parse(capitalised(text), MONTH_NAME).atStartOfDay();
            }
        } catch (java.time.DateTimeException notADate) {
            return null;
        }
        return null;
    }

    private static String capitalised(String text) {
        var parts = text.split(" ");
        parts[1] = parts[1].substring(0, 1).toUpperCase(Locale.UK) + parts[1].substring(1).toLowerCase(Locale.UK);
        return String.join(" ", parts);
    }

    /** {@code "12 months"} or {@code "12"} is the number of months the standard asks for. */
    private static void duration(ObjectNode dates) {
        JsonNode value = dates.get("duration");
        if (value != null && value.isString()) {
            var text = value.asString().strip();
            var m = MONTHS.matcher(text);
            if (m.matches()) {
                dates.put("duration", Integer.parseInt(m.group(1)));
            } else if (!text.matches(".*\\d.*")) {
                dates.remove("duration");
            }
        }
    }

    private static void link(ObjectNode holder) {
        var value = holder.get("url");
        if (value == null || !value.isString()) {
            return;
        }
        var text = value.asString().strip();
        if (HOST_FIRST.matcher(text).matches()) {
            text = "http://" + text;
        }
        if (isLink(text)) {
            holder.put("url", text);
        } else {
            holder.remove("url");
        }
    }

    static boolean isLink(String text) {
        try {
            var uri = new URI(text);
            return uri.getScheme() != null && uri.getHost() != null;
        } catch (URISyntaxException notALink) {
            return false;
        }
    }
}
