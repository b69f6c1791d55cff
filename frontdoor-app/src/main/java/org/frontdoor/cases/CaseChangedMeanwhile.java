package org.frontdoor.cases;

/** Someone else changed the case after this person looked at it; nothing was changed by this request. */
public class CaseChangedMeanwhile extends RuntimeException {

    public CaseChangedMeanwhile(String reference) {
        super("Case " + reference + " was changed by someone else while you were looking at it. "
                + "Nothing has been saved: look at the case again, then decide.");
    }
}
