package org.frontdoor.cases;

import java.util.List;
import java.util.UUID;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.identity.StaffDirectory.StaffMember;

/**
 * Who holds a case. Anyone in the case's team may take an unheld case or give up their own; team
 * leads and admins may hand any case of their teams to anyone in its team. Each change names who
 * the person saw holding the case: if that changed meanwhile, nothing happens and
 * {@link CaseChangedMeanwhile} says so.
 */
public interface AssigningCases {

    /** Takes the case, which the person saw held by {@code seenHolder} (null: nobody). */
    void claim(SignedInAccount staff, UUID caseId, UUID seenHolder);

    /** Hands the case to {@code assignee}, or to nobody when null. */
    void assign(SignedInAccount staff, UUID caseId, UUID seenHolder, UUID assignee);

    /** The people the case can be handed to: the enabled staff of its team. */
    List<StaffMember> candidates(SignedInAccount staff, UUID caseId);

    /** Whether the person may hand the case to others, not only take it. */
    boolean mayAssignOthers(SignedInAccount staff);
}
