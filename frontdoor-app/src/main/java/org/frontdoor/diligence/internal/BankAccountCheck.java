package org.frontdoor.diligence.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Evidence;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.diligence.DiligenceCheck;
import org.springframework.stereotype.Component;

/**
 * Validates the UK sort code and account number the applicant gave ({@code sort-code} and
 * {@code account-number} roles) by modulus checking. An invalid pair fails; missing details are
 * referred; a sort code the tables cannot check passes, saying so.
 */
@Component
class BankAccountCheck implements DiligenceCheck {

    private static final String SHIPPED = "/diligence/uk_bank_modulus/";

    private final ModulusChecking checking;
    private final String source;

    BankAccountCheck(DiligenceSettings settings) {
        String folder = settings.bank().tables();
        ModulusTables tables = folder == null || folder.isBlank() ? shipped() : fromFolder(Path.of(folder));
        this.checking = new ModulusChecking(tables);
        this.source = tables.source();
    }

    @Override
    public String name() {
        return "bank-account";
    }

    @Override
    public CheckResult check(CheckSubject subject) {
        String sortCode = subject.field("sort-code");
        String account = subject.field("account-number");
        if (sortCode == null || account == null) {
            return new CheckResult(name(), Outcome.REFER, "No bank details to check: the application has no answer to "
                    + (sortCode == null ? "the sort code" : "the account number"), List.of(), source, Instant.now());
        }
        var verdict = checking.check(sortCode, account);
        var evidence = new ArrayList<Evidence>();
        evidence.add(new Evidence("Sort code", sortCode));
        evidence.add(new Evidence("Account number", account));
        verdict.steps().forEach(step -> evidence.add(new Evidence("Step", step)));
        Outcome outcome = switch (verdict.status()) {
            case VALID, NOT_CHECKABLE -> Outcome.PASS;
            case INVALID -> Outcome.FAIL;
        };
        return new CheckResult(name(), outcome, verdict.reason(), evidence, source, Instant.now());
    }

    @Override
    public java.util.Optional<String> toApplicant(CheckResult result) {
        return java.util.Optional.of("The sort code and account number you gave do not pass the banks' validation check. "
                + "Check them with your bank and send us a message with the right ones.");
    }

    private static ModulusTables shipped() {
        try (var weights = reader(BankAccountCheck.class.getResourceAsStream(SHIPPED + "valacdos.txt"));
             var substitutions = reader(BankAccountCheck.class.getResourceAsStream(SHIPPED + "scsubtab.txt"))) {
            return ModulusTables.read(weights, substitutions, "Vocalink modulus tables v4.0 (shipped)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ModulusTables fromFolder(Path folder) {
        try (var weights = Files.newBufferedReader(folder.resolve("valacdos.txt"), StandardCharsets.US_ASCII);
             var substitutions = Files.newBufferedReader(folder.resolve("scsubtab.txt"), StandardCharsets.US_ASCII)) {
            return ModulusTables.read(weights, substitutions, "Vocalink modulus tables from " + folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the modulus tables in " + folder, e);
        }
    }

    private static BufferedReader reader(java.io.InputStream in) {
        if (in == null) {
            throw new IllegalStateException("The shipped modulus tables are missing from the classpath");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
    }
}
