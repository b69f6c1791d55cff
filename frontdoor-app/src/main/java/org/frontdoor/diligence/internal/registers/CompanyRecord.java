package org.frontdoor.diligence.internal.registers;

import java.time.LocalDate;
import java.util.List;

/**
 * What a register says about one company, from the API or the bulk file.
 *
 * @param number           the company number
 * @param name             the registered name
 * @param status           the status code ({@code active}, {@code dissolved}, {@code liquidation}, ...)
 * @param statusDetail     the status detail code, or null ({@code active-proposal-to-strike-off})
 * @param type             the company type code ({@code ltd}) or, from the bulk file, its category in words
 * @param incorporatedOn   date of creation, or null when the register gives none
 * @param ceasedOn         date dissolved or closed, or null
 * @param registeredOffice the registered office address on one line, or null
 * @param officers         the officers, or null when they are not known
 * @param officersProblem  why the officers are not known although the source has them (the API did not
 *                         answer for them), or null; null with no officers means the source has none
 * @param source           where the record came from, for the evidence
 */
record CompanyRecord(String number, String name, String status, String statusDetail, String type, LocalDate incorporatedOn,
                     LocalDate ceasedOn, String registeredOffice, List<Officer> officers, String officersProblem, String source) {

    CompanyRecord {
        officers = officers == null ? null : List.copyOf(officers);
    }

    CompanyRecord withOfficers(List<Officer> found, String problem) {
        return new CompanyRecord(number, name, status, statusDetail, type, incorporatedOn, ceasedOn, registeredOffice, found,
                problem, source);
    }

    /**
     * One officer on the register.
     *
     * @param disqualificationLink the {@code /disqualified-officers/...} path the officer's links name, or null
     * @param disqualifications    what that record says, empty when there is no link or it could not be read
     * @param lookupProblem        why a named disqualification record could not be read, or null
     */
    record Officer(String name, String role, LocalDate appointedOn, LocalDate resignedOn, String disqualificationLink,
                   List<Disqualification> disqualifications, String lookupProblem) {

        Officer {
            disqualifications = disqualifications == null ? List.of() : List.copyOf(disqualifications);
        }

        boolean current() {
            return resignedOn == null;
        }

        Officer withDisqualifications(List<Disqualification> found, String problem) {
            return new Officer(name, role, appointedOn, resignedOn, disqualificationLink, found, problem);
        }
    }

    /** One disqualification of an officer: from and until when, and why (codes as the register gives them). */
    record Disqualification(LocalDate from, LocalDate until, String type, String reason, String act) {

        boolean inForceOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
        }
    }
}
