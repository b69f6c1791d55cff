package org.frontdoor.portal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.GrantProgramme;
import org.frontdoor.grants.GrantRound;
import org.frontdoor.grants.LondonTime;
import org.frontdoor.grants.Money;

/**
 * A programme as the grant finder lists it: whether it takes applications now, soon, or no longer,
 * with the round that says so and that round's time in words.
 */
record GrantListing(GrantProgramme programme, Status status, GrantRound round) {

    enum Status { OPEN, UPCOMING, CLOSED }

    /** Open programmes first (closing soonest first), then those opening soonest, then closed ones by name. */
    static final Comparator<GrantListing> ORDER = Comparator.comparing(GrantListing::status)
            .thenComparing(l -> l.status() == Status.CLOSED ? Instant.MAX
                    : l.status() == Status.OPEN ? l.round().closes() : l.round().opens())
            .thenComparing(l -> l.programme().name());

    /** The open round if there is one, else the next to open, else the last that closed. */
    static GrantListing of(GrantProgramme programme, List<GrantRound> rounds, Instant now) {
        var open = rounds.stream().filter(r -> r.openAt(now)).findFirst();
        if (open.isPresent()) {
            return new GrantListing(programme, Status.OPEN, open.get());
        }
        var next = rounds.stream().filter(r -> r.opens().isAfter(now)).min(Comparator.comparing(GrantRound::opens));
        if (next.isPresent()) {
            return new GrantListing(programme, Status.UPCOMING, next.get());
        }
        var last = rounds.stream().max(Comparator.comparing(GrantRound::closes)).orElse(null);
        return new GrantListing(programme, Status.CLOSED, last);
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    /** "Closes midday on 31 March 2027", "Opens 9am on 1 October 2027" or "Closed". */
    public String when() {
        return switch (status) {
            case OPEN -> "Closes " + LondonTime.describe(round.closes());
            case UPCOMING -> "Opens " + LondonTime.describe(round.opens());
            case CLOSED -> round == null ? "Not taking applications" : "Closed " + LondonTime.describe(round.closes());
        };
    }

    public String amounts() {
        return amounts(programme);
    }

    /** "£1,000 to £25,000". */
    static String amounts(GrantProgramme programme) {
        return Money.pounds(programme.minAmount()) + " to " + Money.pounds(programme.maxAmount());
    }

    /** "Companies, charities and other organisations", in the order the kinds are declared, so pages read the same every time. */
    public String whoCanApply() {
        var words = kinds(programme).stream().map(ApplicantKind::plural).toList();
        if (words.isEmpty()) {
            return "";
        }
        var list = words.size() == 1 ? words.getFirst()
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
        return Character.toUpperCase(list.charAt(0)) + list.substring(1);
    }

    static List<ApplicantKind> kinds(GrantProgramme programme) {
        return Arrays.stream(ApplicantKind.values()).filter(programme.applicants()::contains).toList();
    }
}
