package org.frontdoor.diligence.internal.registers;

/** What asking a company register gave: the company, a clear "no such company", or no answer. */
sealed interface CompanyLookup {

    /** The register knows the company. */
    record Found(CompanyRecord company) implements CompanyLookup {
    }

    /** The register answered that it has no company with this number. */
    record NotFound(CompanyNumber number, String source) implements CompanyLookup {
    }

    /** The register could not be asked or did not answer; {@code reason} says how, in words. */
    record Unavailable(String reason, String source) implements CompanyLookup {
    }
}
