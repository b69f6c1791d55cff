package org.frontdoor.grants;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.identity.SignedInAccount;

/** Grant programmes and their rounds: finding them, checking eligibility, and publishing new versions. */
public interface GrantProgrammes {

    /** The newest version of every programme, by name. */
    List<GrantProgramme> programmes();

    Optional<GrantProgramme> programme(String id);

    /** The programme's rounds, earliest first. */
    List<GrantRound> rounds(String programmeId);

    Optional<GrantRound> round(UUID roundId);

    /** The round taking applications at that moment, if any. */
    default Optional<GrantRound> openRound(String programmeId, Instant at) {
        return rounds(programmeId).stream().filter(r -> r.openAt(at)).findFirst();
    }

    /** Checks the programme's rules for an applicant of this kind (and organisation id, or null) with these answers. */
    Eligibility check(GrantProgramme programme, ApplicantKind kind, String orgId, Map<String, ?> answers);

    /**
     * Publishes a programme or a new version of one, with its rounds, from its YAML definition. Admins only.
     *
     * @throws InvalidProgramme with every problem, when the definition is wrong, names a form that does not
     *                          exist, is not newer than the published version, or sets a budget below what is committed
     */
    GrantProgramme publish(SignedInAccount admin, String yaml);
}
