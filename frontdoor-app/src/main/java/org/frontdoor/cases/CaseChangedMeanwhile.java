package org.frontdoor.cases;

/** Someone else changed the case after this person looked at it; nothing was changed by this request. */
public class CaseChangedMeanwhile extends RuntimeException {

    public CaseChangedMeanwhile(String reference) {
        super("Case " + reference + " was changed by someone else while you were looking at it. "
                + "Nothing has been saved: look at the case again, then decide.");
    }

    /** For a change that collided with another, described in the person's terms. */
    public CaseChangedMeanwhile(String reference, String whatHappened) {
        super("Case " + reference + " " + whatHappened + " Nothing has been saved: look at the case again.");
    }
}
