package org.frontdoor.diligence.internal.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Evidence;
import org.frontdoor.diligence.CheckResult.Outcome;

/**
 * Decides the company-register check from what the register said: plain rules, no Spring.
 *
 * <ul>
 *   <li>Status: active passes; dissolved, liquidation, administration, receivership,
 *       insolvency-proceedings, converted-closed and removed fail; anything else
 *       (voluntary-arrangement, open, closed, registered, a status detail such as a proposal to
 *       strike off) is referred.</li>
 *   <li>Incorporated after the date the applicant's claimed trading history needs: refer (a
 *       business may have traded before it incorporated; a person asks).</li>
 *   <li>A current officer disqualified today fails; any other disqualification record, or one
 *       that could not be read, is referred; officers the API did not give are referred.</li>
 *   <li>The registered name differs from the applicant's: refer.</li>
 * </ul>
 * The result is the worst of these, with every fact as evidence.
 */
final class CompanyRegisterVerdict {

    static final String CHECK = "company-register";

    static final Set<String> FAILING = Set.of("dissolved", "liquidation", "administration", "receivership",
            "insolvency-proceedings", "converted-closed", "removed");

    private final CodeLists codes;
    private final NameComparison names;

    CompanyRegisterVerdict(CodeLists codes, NameComparison names) {
        this.codes = codes;
        this.names = names;
    }

    CheckResult decide(CompanyLookup lookup, String givenName, TradingHistory claimed, LocalDate today, List<Evidence> notes) {
        var evidence = new ArrayList<>(notes);
        return switch (lookup) {
            case CompanyLookup.NotFound notFound -> {
                evidence.add(new Evidence("Company number", notFound.number().value()));
                yield result(Outcome.FAIL, "No company with number " + notFound.number().value() + " is on the register", evidence,
                        notFound.source());
            }
            case CompanyLookup.Unavailable unavailable -> result(Outcome.REFER, capitalised(unavailable.reason()), evidence,
                    unavailable.source());
            case CompanyLookup.Found found -> decide(found.company(), givenName, claimed, today, evidence);
        };
    }

    private CheckResult decide(CompanyRecord company, String givenName, TradingHistory claimed, LocalDate today,
                               List<Evidence> evidence) {
        var worst = new Worst();
        var reasons = new ArrayList<String>();
        evidence.add(new Evidence("Company", company.name() + " (" + company.number() + ")"));
        String status = company.status() == null ? null : company.status().toLowerCase(java.util.Locale.ROOT);
        String statusWords = status == null ? "not given" : codes.companyStatus(status);
        evidence.add(new Evidence("Status", statusWords + (status == null ? "" : " (" + status + ")")));
        if (company.statusDetail() != null) {
            evidence.add(new Evidence("Status detail", codes.companyStatusDetail(company.statusDetail())));
        }
        if (company.ceasedOn() != null) {
            evidence.add(new Evidence("Ceased on", company.ceasedOn().toString()));
        }
        if ("active".equals(status) && company.statusDetail() == null) {
            worst.saw(Outcome.PASS);
        } else if (status != null && FAILING.contains(status)) {
            worst.saw(Outcome.FAIL);
            reasons.add("the company's status is " + statusWords);
        } else {
            worst.saw(Outcome.REFER);
            reasons.add("the company's status is " + statusWords
                    + (company.statusDetail() == null ? "" : " (" + codes.companyStatusDetail(company.statusDetail()) + ")"));
        }
        if (company.type() != null) {
            evidence.add(new Evidence("Type", codes.companyType(company.type())));
        }
        evidence.add(new Evidence("Incorporated on", company.incorporatedOn() == null ? "not given" : company.incorporatedOn().toString()));
        tradingHistory(company, claimed, evidence, worst, reasons);
        evidence.add(new Evidence("Registered office", company.registeredOffice() == null ? "not given" : company.registeredOffice()));
        officers(company, today, evidence, worst, reasons);
        var name = names.compare(givenName, company.name());
        evidence.add(new Evidence("Name given", givenName == null ? "none" : givenName));
        evidence.add(new Evidence("Name comparison", name.explained()));
        if (name.compared() && !name.same()) {
            worst.saw(Outcome.REFER);
            reasons.add("the registered name " + company.name() + " differs from the name given");
        }
        String summary = switch (worst.outcome) {
            case PASS -> "Active company " + company.name() + " (" + company.number() + ")";
            case REFER, FAIL -> capitalised(String.join("; ", reasons));
        };
        return result(worst.outcome, summary, evidence, company.source());
    }

    private static void tradingHistory(CompanyRecord company, TradingHistory claimed, List<Evidence> evidence, Worst worst,
                                       List<String> reasons) {
        if (claimed.claim() == null) {
            return;
        }
        evidence.add(new Evidence("Trading history claimed", claimed.claim()));
        if (claimed.claimedBy() == null) {
            worst.saw(Outcome.REFER);
            reasons.add("the trading history claimed could not be read");
        } else if (company.incorporatedOn() != null && company.incorporatedOn().isAfter(claimed.claimedBy())) {
            worst.saw(Outcome.REFER);
            reasons.add("incorporated on " + company.incorporatedOn() + ", after the " + claimed.claimedBy() + " the claim needs");
        }
    }

    private void officers(CompanyRecord company, LocalDate today, List<Evidence> evidence, Worst worst, List<String> reasons) {
        if (company.officers() == null) {
            if (company.officersProblem() != null) {
                evidence.add(new Evidence("Officers", "not checked: " + company.officersProblem()));
                worst.saw(Outcome.REFER);
                reasons.add("the officers could not be checked");
            } else {
                evidence.add(new Evidence("Officers", "not checked: the source has no officers (" + company.source() + ")"));
            }
            return;
        }
        long current = company.officers().stream().filter(CompanyRecord.Officer::current).count();
        evidence.add(new Evidence("Officers", current + " current, " + (company.officers().size() - current) + " resigned"));
        for (CompanyRecord.Officer officer : company.officers()) {
            if (officer.current()) {
                evidence.add(new Evidence("Officer", officer.name() + ", " + codes.officerRole(officer.role())
                        + (officer.appointedOn() == null ? "" : ", appointed " + officer.appointedOn())));
            }
            disqualifications(officer, today, evidence, worst, reasons);
        }
    }

    private void disqualifications(CompanyRecord.Officer officer, LocalDate today, List<Evidence> evidence, Worst worst,
                                   List<String> reasons) {
        if (officer.lookupProblem() != null) {
            evidence.add(new Evidence("Disqualification", officer.name() + ": " + officer.lookupProblem()));
            worst.saw(Outcome.REFER);
            reasons.add("a disqualification record of " + officer.name() + " could not be read");
        }
        for (CompanyRecord.Disqualification d : officer.disqualifications()) {
            boolean inForce = d.inForceOn(today);
            evidence.add(new Evidence(inForce ? "Disqualified officer" : "Past disqualification", "%s (%s): %s from %s until %s; %s; %s"
                    .formatted(officer.name(), officer.current() ? "current" : "resigned " + officer.resignedOn(),
                            codes.disqualificationType(d.type()), d.from(), d.until(), codes.disqualificationReason(d.reason()),
                            codes.act(d.act()))));
            if (inForce && officer.current()) {
                worst.saw(Outcome.FAIL);
                reasons.add(officer.name() + ", a current officer, is disqualified until " + d.until());
            } else {
                worst.saw(Outcome.REFER);
                reasons.add(officer.name() + " has " + (inForce ? "a disqualification in force" : "a past disqualification"));
            }
        }
    }

    private static CheckResult result(Outcome outcome, String summary, List<Evidence> evidence, String source) {
        return new CheckResult(CHECK, outcome, summary, evidence, source, Instant.now());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The worst outcome seen so far. */
    private static final class Worst {
        Outcome outcome = Outcome.PASS;

        void saw(Outcome seen) {
            if (seen.ordinal() > outcome.ordinal()) {
                outcome = seen;
            }
        }
    }
}
