package org.frontdoor.diligence.internal.registers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Evidence;
import org.frontdoor.diligence.CheckResult.Outcome;

/**
 * Decides the charity-register check: plain rules, no Spring.
 *
 * <ul>
 *   <li>Registered passes; not on the register fails; removed fails with its date and reason,
 *       except a charity merged into another, which is referred naming the successor (the money
 *       may rightly go to it).</li>
 *   <li>Insolvent or in administration: refer.</li>
 *   <li>The company number the applicant gave differs from every one the register and the
 *       charity-company links know: refer. The name differs: refer.</li>
 *   <li>Scottish and Northern Irish charities: refer, their registers are not configured; a
 *       Scottish charity also registered in England and Wales is shown with that registration.</li>
 * </ul>
 */
final class CharityRegisterVerdict {

    static final String CHECK = "charity-register";

    private final NameComparison names;

    CharityRegisterVerdict(NameComparison names) {
        this.names = names;
    }

    CheckResult decide(CharityNumber number, String givenName, String givenCompany, CharityRegister register, CharityLinks links) {
        var evidence = new ArrayList<Evidence>();
        if (!CharityNumber.CCEW.equals(number.register())) {
            evidence.add(new Evidence("Charity number", number.orgId()));
            String regulator = CharityNumber.OSCR.equals(number.register()) ? "OSCR" : "CCNI";
            links.twin(number.orgId()).ifPresent(twin -> {
                evidence.add(new Evidence("Also registered in England and Wales", twin));
                register.find(twin.replace("GB-CHC-", "")).ifPresent(c -> evidence.add(new Evidence("England and Wales status",
                        c.name() + ": " + (c.registered() ? "registered" : "removed on " + c.removedOn()))));
            });
            return result(Outcome.REFER, "Not checked: the " + regulator + " register is not configured", evidence,
                    register.source() + "; charity lookups (drkane/charity-lookups, ODbL)");
        }
        evidence.add(new Evidence("Charity number", number.number()));
        Optional<CharityRegister.Charity> found = register.find(number.number());
        if (found.isEmpty()) {
            return result(Outcome.FAIL, "No charity with number " + number.number() + " is on the register of charities in England "
                    + "and Wales", evidence, register.source());
        }
        var charity = found.get();
        evidence.add(new Evidence("Charity", charity.name()));
        evidence.add(new Evidence("Registered on", String.valueOf(charity.registeredOn())));
        Outcome outcome = Outcome.PASS;
        var reasons = new ArrayList<String>();
        if (!charity.registered()) {
            evidence.add(new Evidence("Removed on", String.valueOf(charity.removedOn())));
            evidence.add(new Evidence("Removal reason", charity.removalReason() == null
                    ? "not known (the event history extract is not configured or gives none)" : charity.removalReason()));
            var merger = links.mergedInto(charity.number());
            if (merger.isPresent()) {
                var m = merger.get();
                evidence.add(new Evidence("Merged into", m.successorName() + " (" + m.successorNumber() + "), registered "
                        + m.registeredOn()));
                register.find(m.successorNumber()).ifPresent(s -> evidence.add(new Evidence("Successor status",
                        s.registered() ? "registered" : "removed on " + s.removedOn())));
                outcome = Outcome.REFER;
                reasons.add("removed on " + charity.removedOn() + " after merging into " + m.successorName() + " ("
                        + m.successorNumber() + ")");
            } else {
                outcome = Outcome.FAIL;
                reasons.add("removed from the register on " + charity.removedOn()
                        + (charity.removalReason() == null ? "" : ": " + charity.removalReason()));
            }
        }
        if (charity.insolvent() || charity.inAdministration()) {
            evidence.add(new Evidence("Insolvency", charity.insolvent() ? "insolvent" : "in administration"));
            outcome = worse(outcome, Outcome.REFER);
            reasons.add("the register marks it " + (charity.insolvent() ? "insolvent" : "in administration"));
        }
        Set<String> known = companies(charity, links);
        evidence.add(new Evidence("Company number on the register", known.isEmpty() ? "none" : String.join(", ", known)));
        if (givenCompany != null) {
            evidence.add(new Evidence("Company number given", givenCompany));
            if (!known.isEmpty() && !known.contains(givenCompany)) {
                outcome = worse(outcome, Outcome.REFER);
                reasons.add("the company number given, " + givenCompany + ", is not the charity's (" + String.join(", ", known) + ")");
            }
        }
        var name = names.compare(givenName, charity.name());
        evidence.add(new Evidence("Name given", givenName == null ? "none" : givenName));
        evidence.add(new Evidence("Name comparison", name.explained()));
        if (name.compared() && !name.same()) {
            outcome = worse(outcome, Outcome.REFER);
            reasons.add("the registered name " + charity.name() + " differs from the name given");
        }
        String summary = outcome == Outcome.PASS ? "Registered charity " + charity.name() + " (" + charity.number() + ")"
                : capitalised(String.join("; ", reasons));
        return result(outcome, summary, evidence, register.source() + "; charity lookups (drkane/charity-lookups, ODbL)");
    }

    private static Set<String> companies(CharityRegister.Charity charity, CharityLinks links) {
        var known = new LinkedHashSet<String>();
        for (String raw : concat(charity.companyNumber(), links.companyNumbers("GB-CHC-" + charity.number()))) {
            CompanyNumber.Reading reading = CompanyNumber.read(raw);
            if (reading.ok()) {
                known.add(reading.number().value());
            }
        }
        return known;
    }

    private static List<String> concat(String first, Set<String> rest) {
        var all = new ArrayList<String>();
        if (first != null) {
            all.add(first);
        }
        all.addAll(rest);
        return all;
    }

    private static Outcome worse(Outcome a, Outcome b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    private static CheckResult result(Outcome outcome, String summary, List<Evidence> evidence, String source) {
        return new CheckResult(CHECK, outcome, summary, evidence, source, Instant.now());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
