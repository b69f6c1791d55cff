package org.frontdoor.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.identity.SignedInAccount;

/**
 * Cases as a person may see them: citizens their own; staff the cases of their teams; admins all.
 * A case the reader may not see is reported as absent, exactly like one that does not exist.
 * Every read is audited with its purpose.
 */
public interface ReadingCases {

    Optional<CaseDetails> read(SignedInAccount reader, UUID caseId);

    /**
     * Only the answers of a case, for a capability that needs nothing else of it (no timeline,
     * documents or holder); seen and audited exactly as {@link #read} is.
     */
    Optional<Map<String, Object>> answers(SignedInAccount reader, UUID caseId);

    /**
     * The answers of each of these cases the reader may see, by case id, read and audited together:
     * {@link #answers} for a batch (person matching links up to a hundred applicants at once).
     */
    Map<UUID, Map<String, Object>> answersOf(SignedInAccount reader, Collection<UUID> caseIds);

    /**
     * The reader's own cases, newest first, as a list shows them: with an empty timeline and no
     * documents, which {@link #read} gives for one case. Each case's read is audited.
     */
    List<CaseDetails> ownCases(SignedInAccount applicant);
}
